/**
 * Cell checks driven by the contract's column specs (type, required, min, maxColumn, list),
 * over the rows that have some input: a completely empty row is not an error.
 */
import type { ColumnSpec } from '../../contract/types';
import { resolveAward, signerIdentity } from '../catalogueData';
import { isBlank, textValue } from '../cells';
import { at, contractBasis, type Emit, type ValidationContext } from '../context';
import type { LocatedTable } from '../locatedTable';
import { finding as makeFinding } from '../makeFinding';
import { msg, type Msg } from '../../messages';
import { checkDateCell } from './dateCell';
import { listChecker, type ListChecker, type RowNarrowing } from './listCell';
import { textKey } from '../textKey';
import { checkNumberCell, NUMBER_TYPES } from './numberCell';

function requiredSuggestion(column: ColumnSpec): Msg {
  const kind = column.type === 'date' ? 'date' : column.list ? 'list' : NUMBER_TYPES.has(column.type) ? 'number' : 'text';
  return msg(`value.required.fix.${kind}`, { column: column.header });
}

export function checkTableValues(ctx: ValidationContext, table: LocatedTable, emit: Emit): void {
  const columns = table.spec.columns.filter((c) => c.kind === 'input' && table.index.has(c.key));
  const lists = new Map<string, ListChecker>();
  // A bare "Bằng khen" is narrowed to what the row's signer may award.
  const bySigner: RowNarrowing = (row) => {
    const typed = table.index.has('authority') ? textValue(table.cell(row, 'authority')) : '';
    const signer = typed === '' ? null : signerIdentity(ctx.catalogues, typed);
    return (entry) => {
      if (signer === null) return true;
      const award = resolveAward(ctx.catalogues, entry);
      return !award || award.authorities.some((a) => (signerIdentity(ctx.catalogues, a) ?? textKey(a)) === signer);
    };
  };
  for (const column of columns) {
    const checker = listChecker(ctx.catalogues, table, column, column.key === 'award' ? bySigner : undefined);
    if (checker) lists.set(column.key, checker);
  }

  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    for (const column of columns) {
      const value = table.cell(row, column.key);
      const unread = table.formulaWithoutResult(row, column.key);
      if (unread !== null) {
        // Never "blank" nor 0: the formula's value is simply not in the file.
        emit(makeFinding(at(table, row, column.key), 'error', 'value.formulaWithoutResult',
          msg('value.formulaWithoutResult', { column: column.header, formula: unread.length > 60 ? `${unread.slice(0, 60)}…` : unread }),
          msg('value.formulaWithoutResult.fix'), contractBasis(table, column.header)));
        continue;
      }
      if (isBlank(value)) {
        if (column.required) {
          emit(makeFinding(at(table, row, column.key), 'error', 'value.required', msg('value.required', { column: column.header }),
            requiredSuggestion(column), contractBasis(table, column.header)));
        }
        continue;
      }
      const finding = NUMBER_TYPES.has(column.type)
        ? checkNumberCell(table, row, column, value)
        : column.type === 'date'
          ? checkDateCell(table, row, column, value)
          : (lists.get(column.key)?.(row, value) ?? null);
      if (finding) emit(finding);
    }
  }
}
