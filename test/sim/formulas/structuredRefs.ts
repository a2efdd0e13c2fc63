/**
 * Excel structured references ("Table[[#This Row],[Header]]", "[@Header]", "T[#Totals]"…):
 * parsing, resolution to cells for the evaluator, and the canonical file form that .xlsx
 * stores.
 */
import { escapeColumnName, unescapeColumnName } from '../../../src/domain/formula/structuredRefs';
import type { Rect } from '../addressing';
import { simError } from '../errors';
import type { TableModel } from '../model/table';

export type Special = '#All' | '#Data' | '#Headers' | '#Totals' | '#This Row';

export interface StructuredSpec {
  specials: Special[];
  /** Column names (unescaped); undefined means every column. */
  firstColumn?: string;
  lastColumn?: string;
}

const SPECIALS: Record<string, Special> = {
  '#all': '#All',
  '#data': '#Data',
  '#headers': '#Headers',
  '#totals': '#Totals',
  '#this row': '#This Row',
};

/** Characters that force the bracketed form of a column name (only a space is allowed bare). */
const NEEDS_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/]/;

export function parseStructured(inner: string, formula: string): StructuredSpec {
  const bad = (why: string) => simError('InvalidArgument', `Invalid structured reference "[${inner}]" in ${formula}: ${why}.`);
  const text = inner.trim();
  if (text === '') return { specials: [] };
  if (text.startsWith('@')) {
    const rest = text.slice(1).trim();
    if (rest === '') return { specials: ['#This Row'] };
    if (rest.startsWith('[')) {
      const list = parseList(rest, bad);
      if (list.specials.length > 0) throw bad('"@" cannot be combined with a special item');
      return { ...list, specials: ['#This Row'] };
    }
    return { specials: ['#This Row'], firstColumn: simpleName(rest, bad) };
  }
  if (text.startsWith('[')) return parseList(text, bad);
  if (text.startsWith('#')) {
    const special = SPECIALS[text.toLowerCase()];
    if (!special) throw bad(`unknown item ${text}`);
    return { specials: [special] };
  }
  return { specials: [], firstColumn: simpleName(text, bad) };
}

function simpleName(raw: string, bad: (why: string) => Error): string {
  const withoutEscapes = raw.replace(/'./g, '');
  if (NEEDS_BRACKETS.test(withoutEscapes)) {
    throw bad(`the column name "${unescapeColumnName(raw)}" has special characters and must be written in double brackets`);
  }
  return unescapeColumnName(raw);
}

/** "[#This Row],[A]:[C]" → specials and a column span. */
function parseList(text: string, bad: (why: string) => Error): StructuredSpec {
  const items: string[] = [];
  const separators: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '[') {
      let j = i + 1;
      while (j < text.length && text[j] !== ']') j += text[j] === "'" ? 2 : 1;
      if (j >= text.length) throw bad('unbalanced brackets');
      items.push(text.slice(i + 1, j));
      i = j + 1;
    } else if (ch === ',' || ch === ':') {
      separators.push(ch);
      i++;
    } else if (/\s/.test(ch)) i++;
    else throw bad(`unexpected "${ch}"`);
  }
  if (items.length === 0 || separators.length !== items.length - 1) throw bad('malformed list');
  const spec: StructuredSpec = { specials: [] };
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    if (item.trim().startsWith('#')) {
      const special = SPECIALS[item.trim().toLowerCase()];
      if (!special) throw bad(`unknown item ${item}`);
      if (separators[k] === ':' || separators[k - 1] === ':') throw bad('":" between special items');
      spec.specials.push(special);
      continue;
    }
    const name = unescapeColumnName(item);
    if (separators[k - 1] === ':') {
      if (spec.lastColumn !== undefined) throw bad('more than one column range');
      spec.lastColumn = name;
    } else {
      if (spec.firstColumn !== undefined) throw bad('more than one column');
      spec.firstColumn = name;
    }
  }
  return spec;
}

export interface Resolution {
  rect: Rect | null; // null: #REF! (e.g. totals of a table without a totals row) or #VALUE! for #This Row outside
  error?: '#REF!' | '#VALUE!';
}

/** Cells of a structured reference, seen from the formula cell at (row, col). */
export function resolveStructured(
  table: TableModel,
  spec: StructuredSpec,
  at: { row: number },
  formula: string,
): Resolution {
  const first = spec.firstColumn === undefined ? 0 : table.columnIndexOf(spec.firstColumn);
  const last =
    spec.lastColumn !== undefined
      ? table.columnIndexOf(spec.lastColumn)
      : spec.firstColumn === undefined
        ? table.columnCount - 1
        : first;
  const missing = first < 0 ? spec.firstColumn : last < 0 ? spec.lastColumn : undefined;
  if (missing !== undefined) {
    throw simError('InvalidArgument', `Table ${table.name} has no column "${missing}" (formula ${formula}).`);
  }
  const col = table.col + Math.min(first, last);
  const cols = Math.abs(last - first) + 1;
  const specials = new Set(spec.specials.length ? spec.specials : ['#Data']);
  if (specials.has('#This Row')) {
    if (at.row < table.bodyStart || at.row >= table.bodyStart + table.bodyRows) return { rect: null, error: '#VALUE!' };
    return { rect: { row: at.row, col, rows: 1, cols } };
  }
  let top = Infinity;
  let bottom = -1;
  const include = (from: number, rows: number) => {
    top = Math.min(top, from);
    bottom = Math.max(bottom, from + rows - 1);
  };
  if (specials.has('#All')) include(table.row, table.rect.rows);
  if (specials.has('#Headers')) include(table.row, 1);
  if (specials.has('#Data')) include(table.bodyStart, table.bodyRows);
  if (specials.has('#Totals')) {
    const totals = table.totalsRow;
    if (totals === null) {
      if (specials.size === 1) return { rect: null, error: '#REF!' };
    } else include(totals, 1);
  }
  return { rect: { row: top, col, rows: bottom - top + 1, cols } };
}

/** The canonical file form of a reference: "Table[[#This Row],[Header]]", "Table[Header]"… */
export function fileForm(table: TableModel, spec: StructuredSpec): string {
  const columnPart = (name: string) => `[${escapeColumnName(name)}]`;
  const parts: string[] = spec.specials.map((s) => `[${s}]`);
  if (spec.firstColumn !== undefined) {
    parts.push(
      spec.lastColumn !== undefined
        ? `${columnPart(spec.firstColumn)}:${columnPart(spec.lastColumn)}`
        : columnPart(spec.firstColumn),
    );
  }
  if (parts.length === 0) return `${table.name}[]`;
  if (parts.length === 1 && spec.specials.length === 1) return `${table.name}${parts[0]}`;
  if (parts.length === 1 && spec.lastColumn === undefined && !NEEDS_BRACKETS.test(spec.firstColumn ?? '')) {
    return `${table.name}[${escapeColumnName(spec.firstColumn ?? '')}]`;
  }
  return `${table.name}[${parts.join(',')}]`;
}
