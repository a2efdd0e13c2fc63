import type ExcelJS from 'exceljs';
import type { NativeValidation } from '../domain/setup/nativeValidation';

/** Excel refuses longer alert titles and messages. */
const TITLE_LIMIT = 32;
const MESSAGE_LIMIT = 255;

function withoutEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/** "=DATE(2000,1,1)" → the date; exceljs writes date bounds from Date objects. */
function dateBound(formula: string): Date | string {
  const match = /^=?DATE\((\d+),(\d+),(\d+)\)$/i.exec(formula.replace(/\s/g, ''));
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : withoutEquals(formula);
}

/** A list source: a formula (INDIRECT, a name) as is, inline values quoted. */
function listSource(source: string): string {
  return source.startsWith('=') ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

/** The exceljs form of a native validation rule (the same on every cell it covers). */
export function excelValidation(validation: NativeValidation): ExcelJS.DataValidation {
  const { rule } = validation;
  const alert = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: ({ Stop: 'stop', Warning: 'warning', Information: 'information' } as const)[validation.alertStyle],
    errorTitle: validation.title.slice(0, TITLE_LIMIT),
    error: validation.message.slice(0, MESSAGE_LIMIT),
  };
  const operator = (op: 'GreaterThanOrEqualTo' | 'GreaterThan') => (op === 'GreaterThan' ? 'greaterThan' : 'greaterThanOrEqual');
  switch (rule.type) {
    case 'WholeNumber':
      return { type: 'whole', operator: operator(rule.operator), formulae: [rule.formula1], ...alert };
    case 'Decimal':
      return { type: 'decimal', operator: operator(rule.operator), formulae: [rule.formula1], ...alert };
    case 'Date':
      return { type: 'date', operator: operator(rule.operator), formulae: [dateBound(rule.formula1)], ...alert };
    case 'List':
      return { type: 'list', formulae: [listSource(rule.source)], ...alert };
    case 'Custom':
      return { type: 'custom', formulae: [withoutEquals(rule.formula)], ...alert };
  }
}
