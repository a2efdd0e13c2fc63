/**
 * The one rule by which a header typed in a workbook names a contract column. Setup, check,
 * compute and both adapters use it, so no two of them can disagree on whether a column is
 * there. Excel matches a table's column names without regard to case; clerks also leave
 * stray or doubled spaces, paste no-break spaces from Word, break a long header with
 * Alt+Enter or type in NFD — none of which changes which column a header means.
 */
import type { ColumnKind } from './types';

/** What the rule needs of a contract column (data tables and catalogues alike). */
export interface ContractColumn {
  header: string;
  /** data-table columns only */
  kind?: ColumnKind;
  required?: boolean;
  optional?: boolean;
}

export function headerKey(header: unknown): string {
  return String(header ?? '')
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

export function sameHeader(a: unknown, b: unknown): boolean {
  return headerKey(a) === headerKey(b);
}

/** Index of the header meaning `header` (its exact spelling first), or -1. */
export function headerIndex(headers: readonly unknown[], header: string): number {
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const wanted = headerKey(header);
  return headers.findIndex((h) => headerKey(h) === wanted);
}

/** A contract column whose header is typed differently from the contract (spaces, case, Unicode form). */
export interface MisspeltHeader<C extends ContractColumn = ContractColumn> {
  typed: string;
  column: C;
}

/** How a table's typed headers stand against its contract columns. */
export interface ColumnPresence<C extends ContractColumn = ContractColumn> {
  /** columns the table cannot do without, not found (a missing optional column is no matter) */
  missing: C[];
  /** columns found under a spelling Excel formulas would not accept as the contract's */
  misspelt: MisspeltHeader<C>[];
}

export function columnPresence<C extends ContractColumn>(columns: readonly C[], headers: readonly unknown[]): ColumnPresence<C> {
  const presence: ColumnPresence<C> = { missing: [], misspelt: [] };
  for (const column of columns) {
    const index = headerIndex(headers, column.header);
    if (index < 0) {
      if (!column.optional) presence.missing.push(column);
    }
    else if (headers[index] !== column.header) presence.misspelt.push({ typed: String(headers[index]), column });
  }
  return presence;
}

/** How a header typed differently from the contract differs, in words a clerk can act on. */
export type SpellingDifference = 'spaces' | 'otherSpace' | 'case' | 'unicode';

/**
 * What separates a typed header from the contract's spelling of the same column: extra
 * spaces (leading, trailing, doubled), a space of another kind or a line break (a no-break
 * space pasted from Word, Alt+Enter), other capitals, accents composed in another Unicode form.
 */
export function spellingDifferences(typed: string, contract: string): SpellingDifference[] {
  const kinds: SpellingDifference[] = [];
  if (typed !== typed.normalize('NFC')) kinds.push('unicode');
  const nfc = typed.normalize('NFC');
  if (/[^\S ]/u.test(nfc)) kinds.push('otherSpace');
  const spaced = nfc.replace(/\s/gu, ' ');
  const collapsed = spaced.replace(/ {2,}/g, ' ').trim();
  if (collapsed !== spaced) kinds.push('spaces');
  if (collapsed !== contract && collapsed.toLowerCase() === contract.toLowerCase()) kinds.push('case');
  return kinds;
}
