/**
 * The formulas of data-validation and conditional-format rules, checked as Excel checks them
 * when a rule is set: Excel refuses structured references ("Table[Column]", "[@Column]") and
 * array constants ("{1,2}") there — a rule must name its ranges by address, by defined name
 * or through INDIRECT — and a formula it cannot parse. Each refusal is `InvalidArgument`.
 */
import { simError } from '../errors';
import type { SheetModel } from '../model/sheet';
import type { ValidationRule } from '../model/validation';
import { tokenize } from './scanner';

export type RuleKind = 'dataValidation' | 'conditionalFormat';

/** What checks a formula's syntax and references at a cell (WorkbookModel.checkFormula). */
export interface FormulaChecker {
  checkFormula(sheet: SheetModel, row: number, col: number, formula: string): void;
}

const WHAT: Record<RuleKind, string> = { dataValidation: 'Data Validation', conditionalFormat: 'Conditional Formatting' };

/** Refuses what Excel refuses in a rule's formula ("=…"), then checks its syntax at the rule's top-left cell. */
export function checkRuleFormula(checker: FormulaChecker, sheet: SheetModel, row: number, col: number, formula: string, kind: RuleKind): void {
  for (const token of tokenize(formula)) {
    if (token.kind === 'structured') {
      throw simError('InvalidArgument', `Structured references such as ${token.text} are not allowed in ${WHAT[kind]} formulas (${formula}); use a range address, a defined name or INDIRECT.`);
    }
    if (token.kind === 'text' && token.text.includes('{')) {
      throw simError('InvalidArgument', `Array constants are not allowed in ${WHAT[kind]} formulas (${formula}).`);
    }
  }
  checker.checkFormula(sheet, row, col, formula);
}

const NUMERIC_TEXT = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** A criterion of a number, length, date or time rule: a number, a formula ("=…") or text Excel reads as a value. */
function checkCriterion(checker: FormulaChecker, sheet: SheetModel, row: number, col: number, kind: string, value: string | number): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw simError('InvalidArgument', `The ${kind} rule's criterion is not a number.`);
    return;
  }
  if (value.startsWith('=')) {
    checkRuleFormula(checker, sheet, row, col, value, 'dataValidation');
    return;
  }
  const numeric = NUMERIC_TEXT.test(value);
  // Dates and times may also be given as text Excel reads ("2020-01-01", "08:30").
  const dateLike = (kind === 'date' || kind === 'time') && !Number.isNaN(Date.parse(kind === 'time' ? `1970-01-01T${value.trim()}` : value));
  if (!numeric && !dateLike) throw simError('InvalidArgument', `The ${kind} rule's criterion "${value}" is neither a value nor a formula.`);
}

/** Checks the formulas of a data-validation rule set on the range whose top-left cell is (row, col). */
export function checkValidationRuleFormulas(checker: FormulaChecker, sheet: SheetModel, row: number, col: number, rule: ValidationRule): void {
  if (rule.list) {
    // "a,b,c" is a list of values; "=…" a reference, a name or a formula giving the list.
    if (rule.list.source.startsWith('=')) checkRuleFormula(checker, sheet, row, col, rule.list.source, 'dataValidation');
    return;
  }
  if (rule.custom) {
    const formula = rule.custom.formula.startsWith('=') ? rule.custom.formula : `=${rule.custom.formula}`;
    checkRuleFormula(checker, sheet, row, col, formula, 'dataValidation');
    return;
  }
  for (const kind of ['wholeNumber', 'decimal', 'textLength', 'date', 'time'] as const) {
    const basic = rule[kind];
    if (!basic) continue;
    checkCriterion(checker, sheet, row, col, kind, basic.formula1);
    if (basic.formula2 !== undefined) checkCriterion(checker, sheet, row, col, kind, basic.formula2);
  }
}
