/**
 * Checks of list columns. Values match after NFC, case folding, whitespace collapse and
 * either tone placement ("Hoà" = "Hòa"); catalogue lists also accept the other names of
 * DM_TenGoi ("Bằng khen của Chủ tịch UBND tỉnh", "CSTĐCS"). An unknown value is an error for a
 * fixed list and a warning for a catalogue the user may extend; the suggestion never crosses
 * kinds or levels. A value that matches only after normalisation is accepted but warned
 * about: the workbook's formulas compare the text as typed (up to case and spaces), so they
 * would not count it.
 */
import type { ColumnSpec } from '../../contract/types';
import { excelTrim } from '../../compute/functions';
import type { CellValue } from '../../snapshot';
import { acceptedNames, type Catalogues } from '../catalogueData';
import { textValue } from '../cells';
import { at, contractBasis } from '../context';
import type { Finding } from '../finding';
import { finding } from '../makeFinding';
import { catalogueTitle } from '../../contract/captions';
import { msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';
import { suggestEntry, type Suggestion } from '../suggestEntry';
import { textKey } from '../textKey';

export type ListChecker = (row: number, value: CellValue) => Finding | null;

/** Narrows a bare kind's suggestions for one row (e.g. to what its signer may award). */
export type RowNarrowing = (row: number) => (entry: string) => boolean;

/**
 * What Excel compares: catalogue names go through TRIM in the KhenThuong helper formulas;
 * fixed lists are compared by SUMIFS as typed. Both ignore case.
 */
function excelKey(value: CellValue, trimmed: boolean): string | null {
  if (typeof value !== 'string') return null;
  const text = trimmed ? excelTrim(value) : value;
  return typeof text === 'string' ? text.toLowerCase() : null;
}

export function listChecker(catalogues: Catalogues, table: LocatedTable, column: ColumnSpec, narrow?: RowNarrowing): ListChecker | null {
  const list = column.list;
  if (!list) return null;
  const fixed = list.kind === 'fixed';
  const accepted = fixed ? list.values.map((v) => ({ text: v, target: v })) : acceptedNames(catalogues, list.table, list.column);
  const entries = fixed ? list.values : [...new Set(accepted.filter((a) => a.text === a.target).map((a) => a.target))];
  const known = new Map<string, string>();
  for (const a of accepted) if (!known.has(textKey(a.text))) known.set(textKey(a.text), a.target);
  const exact = new Set(accepted.map((a) => a.text.toLowerCase()));
  const header = column.header;
  const cat = fixed ? '' : catalogueTitle(list.table);
  const aliasCat = catalogueTitle('DM_TenGoi');
  const basis = fixed
    ? contractBasis(table, header)
    : msg('basis.list', { sheet: table.sheet, column: header, cat, catColumn: list.column, aliasCat });

  return (row, value) => {
    const text = textValue(value);
    if (text === '') return null;
    const entry = known.get(textKey(text));
    if (entry !== undefined) {
      const key = excelKey(value, !fixed);
      if (typeof value !== 'string' || (key !== null && exact.has(key))) return null;
      return finding(at(table, row, column.key), 'warning', 'list.spelling', msg('list.spelling', { column: header, value, entry }),
        msg('list.spelling.fix', { entry }), basis);
    }
    const guess: Suggestion = suggestEntry(text, accepted, narrow?.(row));
    const message = fixed
      ? msg('list.fixed', { column: header, value, entries })
      : msg('list.catalogue', { column: header, value, cat, aliasCat });
    const suggestion = !guess
      ? fixed
        ? msg('list.fix.choose', { entries })
        : msg('list.fix.catalogue', { cat })
      : guess.kind === 'one'
        ? fixed
          ? msg('list.fix.one', { entry: guess.entry })
          : msg('list.fix.maybe', { entry: guess.entry, aliasCat })
        : msg('list.fix.oneOf', { entries: guess.entries });
    const rule = fixed ? 'list.fixed' : 'list.catalogue';
    return finding(at(table, row, column.key), fixed ? 'error' : 'warning', rule, message, suggestion, basis);
  };
}
