export { validateWorkbook, type ValidationOptions, type ValidationResult } from './validateWorkbook';
export { parseVietnameseNumber } from './parseVietnameseNumber';
export { parseVietnameseDate, matchDateText } from './parseVietnameseDate';
export { parseDocumentNumber, type DocumentNumber } from './documentNumber';
export { normaliseTonePlacement } from './tonePlacement';
export { textKey, foldedKey, editDistance, nearestEntry } from './textKey';
export { countFindings, SEVERITY_LABEL, type Finding, type FindingCounts, type Severity } from './finding';
export type { RuleSetSource } from './ruleSetChoice';
