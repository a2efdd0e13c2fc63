/**
 * When a table column is renamed, Excel rewrites every structured reference to it —
 * `GCN[Số GCN đã cấp ]`, `GCN[[#This Row],[Số GCN đã cấp ]]`, `gcn[[Col1]:[Col2]]` — in
 * every formula of the workbook. The command line renames columns too (a header typed with a
 * stray space written back in the template's spelling), so it must do the same, or the
 * clerk's own formulas turn into #REF!.
 *
 * Structured-reference syntax as Excel writes it: a table name (case-insensitive) followed by
 * `[`; inside, either one specifier (`GCN[Col]`, `GCN[#Totals]`) or a list of bracketed ones
 * (`GCN[[#This Row],[Col]]`, `GCN[[Col1]:[Col2]]`); in a column name the characters
 * `[ ] # '` are escaped with a leading `'`. Text in double quotes and sheet names in single
 * quotes are not formula syntax and are left alone.
 *
 * Inside a table's own cells and in its calculated-column and totals formulas, the table name
 * may be left out: `[@Col]`, `[@[Col with space]]`, `[[#This Row],[Col]]`, `[Col]` refer to
 * the table the formula stands in. Excel itself always stores the table's name and writes the
 * this-row shorthand `@` as `[#This Row]` (its user interface shows the short forms); other
 * writers store the short forms, which LibreOffice cannot read. Such a reference to a renamed
 * column is written back in Excel's form — the same reference, shown the same in Excel, read
 * by LibreOffice too. Elsewhere (a cell outside any table, a defined name) a bracket without a
 * table name is not a reference to a table and is left alone.
 */
import { parseRange } from '../domain/util/a1';
import { escapeXml, unescapeXml } from './xml';

export interface ColumnRename {
  table: string;
  from: string;
  to: string;
}

/** The characters a column name escapes with `'` inside a structured reference. */
function escapeColumn(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}

const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/** Index of the `]` closing the specifier starting after `[` at `start`, honouring `'` escapes; -1 if none. */
function specifierEnd(formula: string, start: number): number {
  for (let i = start; i < formula.length; i++) {
    const c = formula[i];
    if (c === "'") i++;
    else if (c === ']') return i;
    else if (c === '[') return -1;
  }
  return -1;
}

/** Index after the `]` closing the bracket group opened at `open` (nested groups, `'` escapes). */
function bracketGroupEnd(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const c = formula[i];
    if (c === "'") i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** One specifier's text with a renamed column replaced; special items (#This Row) and others unchanged. */
function renameSpecifier(text: string, renames: ReadonlyMap<string, string>): string {
  if (text.startsWith('#')) return text;
  // "@Col" is the this-row shorthand some writers store
  const at = text.startsWith('@') ? '@' : '';
  const escaped = text.slice(at.length);
  const name = escaped.replace(/'(.)/gs, '$1');
  const to = renames.get(name.toLowerCase());
  return to === undefined ? text : `${at}${escapeColumn(to)}`;
}

/**
 * Rewrites a structured reference's bracket part starting at `open` (the `[` after the table
 * name). Returns the new text and the index after the reference's closing `]`, or null when
 * it is not well formed (left as it is). With `thisRowItem`, the `@` shorthand is written as
 * Excel stores it, `[#This Row],`.
 */
function rewriteReference(
  formula: string,
  open: number,
  renames: ReadonlyMap<string, string>,
  thisRowItem = false,
): { text: string; end: number } | null {
  if (formula[open + 1] !== '[' && !(formula[open + 1] === '@' && formula[open + 2] === '[')) {
    const close = specifierEnd(formula, open + 1);
    if (close < 0) return null;
    const original = formula.slice(open + 1, close);
    const specifier = renameSpecifier(original, renames);
    if (thisRowItem && specifier.startsWith('@')) {
      const column = specifier.slice(1);
      return { text: column === '' ? '[#This Row]' : `[[#This Row],[${column}]]`, end: close + 1 };
    }
    // Excel's `@` shorthand takes a column name of other characters than letters, digits and _ in brackets
    if (specifier !== original && specifier.startsWith('@') && !/^[\p{L}\p{N}_]*$/u.test(specifier.slice(1))) {
      return { text: `[@[${specifier.slice(1)}]]`, end: close + 1 };
    }
    return { text: `[${specifier}]`, end: close + 1 };
  }
  // a list: [[a],[b]] or [[a]:[b]], with optional spaces between items
  let out = '[';
  let i = open + 1;
  for (;;) {
    while (formula[i] === ' ') out += formula[i++];
    if (formula[i] === '[') {
      const close = specifierEnd(formula, i + 1);
      if (close < 0) return null;
      out += `[${renameSpecifier(formula.slice(i + 1, close), renames)}]`;
      i = close + 1;
    } else if (formula[i] === '@') {
      // [@[Col]] as some writers store the this-row form
      out += thisRowItem ? '[#This Row],' : '@';
      i++;
      continue;
    } else return null;
    while (formula[i] === ' ') out += formula[i++];
    if (formula[i] === ',' || formula[i] === ':') out += formula[i++];
    else if (formula[i] === ']') return { text: `${out}]`, end: i + 1 };
    else return null;
  }
}

/**
 * The formula with every structured reference to a renamed column rewritten; the same string
 * when nothing names one. `renames` are per table; table names compare case-insensitively.
 * `ownTable` is the table the formula stands in (a cell of it, or its calculated-column or
 * totals formula): references without a table name are that table's; without it they are
 * left alone.
 */
export function renameColumnReferences(formula: string, renames: readonly ColumnRename[], ownTable?: string): string {
  if (renames.length === 0 || !formula.includes('[')) return formula;
  const byTable = new Map<string, Map<string, string>>();
  for (const r of renames) {
    const table = r.table.toLowerCase();
    if (!byTable.has(table)) byTable.set(table, new Map());
    byTable.get(table)!.set(r.from.toLowerCase(), r.to);
  }
  const renamesOfOwnTable = ownTable === undefined ? undefined : byTable.get(ownTable.toLowerCase());
  let out = '';
  let i = 0;
  let changed = false;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      // a text constant or a quoted sheet name: copied to its closing quote (doubled quotes escape)
      let j = i + 1;
      while (j < formula.length && !(formula[j] === c && formula[j + 1] !== c)) j += formula[j] === c ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (NAME_CHAR.test(c) && (i === 0 || !NAME_CHAR.test(formula[i - 1]))) {
      let j = i;
      while (j < formula.length && NAME_CHAR.test(formula[j])) j++;
      const name = formula.slice(i, j);
      out += name;
      i = j;
      if (formula[j] !== '[') continue;
      const renamesOfTable = byTable.get(name.toLowerCase());
      const rewritten = renamesOfTable ? rewriteReference(formula, j, renamesOfTable) : null;
      // another table's reference (or one not well formed) is copied as it is
      const end = rewritten ? rewritten.end : bracketGroupEnd(formula, j);
      const text = rewritten ? rewritten.text : formula.slice(j, end);
      if (text !== formula.slice(j, end)) changed = true;
      out += text;
      i = end;
      continue;
    }
    if (c === '[') {
      const end = bracketGroupEnd(formula, i);
      // `[1]Sheet1!A1`, `[1]!Name`: an external workbook, not a column
      const external = end < formula.length && (NAME_CHAR.test(formula[end]) || formula[end] === '!');
      const original = formula.slice(i, end);
      const renamed = renamesOfOwnTable && !external ? rewriteReference(formula, i, renamesOfOwnTable) : null;
      if (renamed && renamed.end === end && renamed.text !== original) {
        // a reference without a table name, to a renamed column of the table it stands in
        changed = true;
        out += `${ownTable}${rewriteReference(formula, i, renamesOfOwnTable!, true)!.text}`;
      } else out += original;
      i = end;
      continue;
    }
    out += c;
    i++;
  }
  return changed ? out : formula;
}

/** What of a workbook holds formulas the command line rewrites: cells, table parts, defined names. */
export interface FormulaHolders {
  worksheets: readonly {
    name: string;
    eachRow(
      opt: { includeEmpty: boolean },
      fn: (row: { eachCell(opt: { includeEmpty: boolean }, fn: (cell: { value: unknown; readonly fullAddress: { row: number; col: number } }) => void): void }) => void,
    ): void;
  }[];
  tables: readonly { name: string; sheet: string; ref: string; columns: { calculatedColumnFormula?: string; totalsRowFormula?: string }[] }[];
  definedNamesXml: string[];
}

/** The name of the table holding a cell (1-based row and column) of a sheet, if any. */
function tableAt(tables: readonly { name: string; top: number; left: number; bottom: number; right: number }[], row: number, col: number): string | undefined {
  return tables.find((t) => row - 1 >= t.top && row - 1 <= t.bottom && col - 1 >= t.left && col - 1 <= t.right)?.name;
}

/**
 * Every formula of the workbook with its references to renamed columns rewritten, as Excel
 * does when a header is retyped: cell formulas (shared formulas through their master; a
 * reference without a table name is the table's holding the cell), calculated-column and
 * totals-row formulas of every table (those without a table name are the table's own),
 * defined names. Data validation and conditional formats cannot hold structured references
 * in Excel. Returns how many formulas changed.
 */
export function renameColumnReferencesIn(holders: FormulaHolders, renames: readonly ColumnRename[]): number {
  if (renames.length === 0) return 0;
  let changed = 0;
  const rename = (formula: string, ownTable?: string) => {
    const next = renameColumnReferences(formula, renames, ownTable);
    if (next !== formula) changed++;
    return next;
  };
  for (const worksheet of holders.worksheets) {
    const sheet = worksheet.name.toLowerCase();
    const tables = holders.tables.filter((t) => t.sheet.toLowerCase() === sheet).map((t) => ({ name: t.name, ...parseRange(t.ref) }));
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as { formula?: unknown } | null;
        if (!value || typeof value !== 'object' || typeof value.formula !== 'string' || !value.formula.includes('[')) return;
        const { row: cellRow, col: cellColumn } = cell.fullAddress;
        const formula = rename(value.formula, tableAt(tables, cellRow, cellColumn));
        if (formula !== value.formula) cell.value = { ...value, formula };
      }),
    );
  }
  for (const table of holders.tables) {
    for (const column of table.columns) {
      if (column.calculatedColumnFormula !== undefined) column.calculatedColumnFormula = rename(column.calculatedColumnFormula, table.name);
      if (column.totalsRowFormula !== undefined) column.totalsRowFormula = rename(column.totalsRowFormula, table.name);
    }
  }
  holders.definedNamesXml.forEach((element, i) => {
    const match = /^(<definedName\b[^>]*>)([\s\S]*)(<\/definedName>)$/.exec(element);
    if (!match) return;
    const formula = unescapeXml(match[2]);
    const next = rename(formula);
    if (next !== formula) holders.definedNamesXml[i] = `${match[1]}${escapeXml(next)}${match[3]}`;
  });
  return changed;
}
