/**
 * Builders for Excel structured references. Formulas are kept in the canonical file form
 * (`Table[[#This Row],[Header]]`), which Excel accepts through Office.js, stores in .xlsx,
 * and LibreOffice reads.
 */

/** Escapes the characters that are special inside a structured-reference column name. */
export function escapeColumnName(header: string): string {
  return header.replace(/['#[\]]/g, (ch) => `'${ch}`);
}

export function unescapeColumnName(name: string): string {
  return name.replace(/'(.)/g, '$1');
}

/** The cell of `header` in the formula's own row. */
export function thisRow(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeColumnName(header)}]]`;
}

/**
 * The data cells of a whole column. The column name is always bracketed twice: Excel requires
 * it for names holding commas, slashes and other special characters, and accepts it for all.
 */
export function column(table: string, header: string): string {
  return `${table}[[${escapeColumnName(header)}]]`;
}

/** The header cell of a column (used for row numbering). */
export function headerCell(table: string, header: string): string {
  return `${table}[[#Headers],[${escapeColumnName(header)}]]`;
}

/** `num ÷ den`, or an empty cell when the denominator is zero or empty. */
export function safeRatio(numerator: string, denominator: string): string {
  return `IF(N(${denominator})=0,"",(${numerator})/(${denominator}))`;
}

/** Characters a formula cannot hold inside quotes: a file could not store them (XML). */
const UNQUOTABLE = /[\x00-\x1F\x7F\uFFFE\uFFFF]/;

/**
 * Encodes a text literal for a formula. A control character typed in a cell (and so in a
 * criterion built from it) is joined in with CHAR (UNICHAR beyond Latin-1), so that the
 * formula still matches exactly the typed text.
 */
export function textLiteral(text: string): string {
  const quoted = `"${text.replace(/"/g, '""')}"`;
  if (!UNQUOTABLE.test(text)) return quoted;
  const joined = quoted.replace(new RegExp(UNQUOTABLE.source, 'g'), (ch) => {
    const code = ch.charCodeAt(0);
    return `"&${code > 0xff || code === 0 ? 'UNICHAR' : 'CHAR'}(${code})&"`;
  });
  return joined.replace(/&""(?=&)/g, '').replace(/^""&|&""$/g, '');
}

/** Does the formula refer to a column of this name (in any structured-reference form)? */
export function refersToColumn(formula: string, header: string): boolean {
  return formula.includes(`[${escapeColumnName(header)}]`);
}
