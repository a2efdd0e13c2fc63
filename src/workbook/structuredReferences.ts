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
 */
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
 * it is not well formed (left as it is).
 */
function rewriteReference(formula: string, open: number, renames: ReadonlyMap<string, string>): { text: string; end: number } | null {
  if (formula[open + 1] !== '[' && !(formula[open + 1] === '@' && formula[open + 2] === '[')) {
    const close = specifierEnd(formula, open + 1);
    if (close < 0) return null;
    return { text: `[${renameSpecifier(formula.slice(open + 1, close), renames)}]`, end: close + 1 };
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
      out += formula[i++];
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
 */
export function renameColumnReferences(formula: string, renames: readonly ColumnRename[]): string {
  if (renames.length === 0 || !formula.includes('[')) return formula;
  const byTable = new Map<string, Map<string, string>>();
  for (const r of renames) {
    const table = r.table.toLowerCase();
    if (!byTable.has(table)) byTable.set(table, new Map());
    byTable.get(table)!.set(r.from.toLowerCase(), r.to);
  }
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
      const renamesOfTable = formula[j] === '[' ? byTable.get(name.toLowerCase()) : undefined;
      out += name;
      i = j;
      const rewritten = renamesOfTable ? rewriteReference(formula, j, renamesOfTable) : null;
      if (rewritten) {
        if (formula.slice(j, rewritten.end) !== rewritten.text) changed = true;
        out += rewritten.text;
        i = rewritten.end;
      }
      continue;
    }
    if (c === '[') {
      // another table's reference, an unqualified one, an external link: copied as it is
      const end = bracketGroupEnd(formula, i);
      out += formula.slice(i, end);
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
    eachRow(opt: { includeEmpty: boolean }, fn: (row: { eachCell(opt: { includeEmpty: boolean }, fn: (cell: { value: unknown }) => void): void }) => void): void;
  }[];
  tables: readonly { columns: { calculatedColumnFormula?: string; totalsRowFormula?: string }[] }[];
  definedNamesXml: string[];
}

/**
 * Every formula of the workbook with its references to renamed columns rewritten, as Excel
 * does when a header is retyped: cell formulas (shared formulas through their master),
 * calculated-column and totals-row formulas of every table, defined names. Data validation
 * and conditional formats cannot hold structured references in Excel. Returns how many
 * formulas changed.
 */
export function renameColumnReferencesIn(holders: FormulaHolders, renames: readonly ColumnRename[]): number {
  if (renames.length === 0) return 0;
  let changed = 0;
  const rename = (formula: string) => {
    const next = renameColumnReferences(formula, renames);
    if (next !== formula) changed++;
    return next;
  };
  for (const worksheet of holders.worksheets) {
    worksheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value as { formula?: unknown } | null;
        if (!value || typeof value !== 'object' || typeof value.formula !== 'string' || !value.formula.includes('[')) return;
        const formula = rename(value.formula);
        if (formula !== value.formula) cell.value = { ...value, formula };
      }),
    );
  }
  for (const table of holders.tables) {
    for (const column of table.columns) {
      if (column.calculatedColumnFormula !== undefined) column.calculatedColumnFormula = rename(column.calculatedColumnFormula);
      if (column.totalsRowFormula !== undefined) column.totalsRowFormula = rename(column.totalsRowFormula);
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
