export * from './format';
export * from './summaryTypes';
export * from './planTypes';
export { summarize, summaryFigures } from './summarize';
export { summarySheetPlan, type SummaryPlanOptions } from './summaryPlan';
export { draftParagraphs, type Paragraph } from './paragraphs';
export { computedAtStamp, computedAtLine } from './computedAt';
export { formula, formulaText, type Expression } from './expression';
export { figureTitle } from './figureTitle';
