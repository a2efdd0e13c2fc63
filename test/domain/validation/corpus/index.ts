/** The bad-input corpus: every case lists all the findings it must produce. */
import { AWARD_CASES } from './awardCases';
import { HEADER_CASES } from './headerCases';
import { LIST_CASES } from './listCases';
import { QUOTA_CASES } from './quotaCases';
import { STRUCTURE_CASES } from './structureCases';
import { TABLE_CASES } from './tableCases';
import type { CorpusCase } from './types';
import { VALUE_CASES } from './valueCases';

export const CORPUS: readonly CorpusCase[] = [
  ...HEADER_CASES,
  ...VALUE_CASES,
  ...LIST_CASES,
  ...AWARD_CASES,
  ...QUOTA_CASES,
  ...TABLE_CASES,
  ...STRUCTURE_CASES,
];

/** Every rule the validator can report (internal.checkFailed must never appear). */
export const RULE_IDS: readonly string[] = [
  'header.missing', 'header.required', 'header.textDate', 'header.notDate', 'header.periodOrder', 'header.reportBeforePeriodEnd',
  'ruleSet.unknown',
  'value.textNumber', 'value.thousandsSeparator', 'value.notInteger', 'value.notNumber', 'value.negative', 'value.belowMin',
  'value.aboveColumn', 'value.textDate', 'value.invalidDate', 'value.notDate', 'value.required', 'value.formulaWithoutResult',
  'list.fixed', 'list.catalogue', 'list.spelling',
  'award.recipientType', 'award.multiplierMissing', 'award.dateOutsidePeriod', 'award.dateAfterReport', 'award.documentNumber',
  'award.documentYear', 'award.duplicate', 'award.notInForce', 'award.decidedDiffers', 'award.periodOverlap', 'award.multiplierText',
  'quota.baseEmulation', 'quota.excellent',
  'dossier.difference', 'dossier.shownDifference', 'certificate.parcels', 'certificate.area', 'certificate.duplicate',
  'structure.outsideTable', 'structure.formulaOverwritten', 'structure.tableMissing', 'structure.columnMissing',
  'structure.headerSpelling',
];
