/**
 * Excel's specification limits the simulator enforces (Excel specifications and limits):
 * cell text, formula length, text constants in formulas, conditional-aggregation criteria,
 * and data-validation texts.
 */
import { simError } from './errors';
import type { Content } from './model/cells';

export const EXCEL_LIMITS = {
  /** characters a cell can hold */
  cellText: 32767,
  /** characters of a formula's content, its "=" included */
  formula: 8192,
  /** characters of a text constant ("…") inside a formula */
  formulaText: 255,
  /** characters of a SUMIF(S)/COUNTIF(S)/AVERAGEIF(S)/MINIFS/MAXIFS criterion (longer: #VALUE!) */
  criterion: 255,
  /** characters of an explicit (comma-separated) list source of data validation */
  listSource: 255,
  /** characters of a data-validation prompt or error-alert title */
  validationTitle: 32,
  /** characters of a data-validation prompt or error-alert message */
  validationMessage: 255,
} as const;

/** Text constants of a formula, unescaped ("" → "). */
function textConstants(formula: string): string[] {
  const out: string[] = [];
  const pattern = /"((?:[^"]|"")*)"/g;
  for (let m = pattern.exec(formula); m; m = pattern.exec(formula)) out.push(m[1].replace(/""/g, '"'));
  return out;
}

/** What Excel refuses to store in a cell: over-long text, formulas or text constants in a formula. */
export function checkContentLimits(content: Content): void {
  if (typeof content.value === 'string' && content.value.length > EXCEL_LIMITS.cellText) {
    throw simError('InvalidArgument', `A cell holds at most ${EXCEL_LIMITS.cellText} characters (${content.value.length} given).`);
  }
  if (content.formula === undefined) return;
  if (content.formula.length > EXCEL_LIMITS.formula) {
    throw simError('InvalidArgument', `A formula is at most ${EXCEL_LIMITS.formula} characters long (${content.formula.length} given).`);
  }
  const long = textConstants(content.formula).find((t) => t.length > EXCEL_LIMITS.formulaText);
  if (long !== undefined) {
    throw simError('InvalidArgument', `Text values in formulas are limited to ${EXCEL_LIMITS.formulaText} characters (${long.length} given).`);
  }
}

/** Data-validation texts Excel refuses: list source, titles, messages. */
export function checkValidationText(what: 'listSource' | 'validationTitle' | 'validationMessage', text: unknown): void {
  if (typeof text === 'string' && text.length > EXCEL_LIMITS[what]) {
    throw simError('InvalidArgument', `The ${what} is at most ${EXCEL_LIMITS[what]} characters (${text.length} given).`);
  }
}
