/**
 * The workbook contract as data. Adapters (Office.js, exceljs) and the validator read these
 * descriptions; nothing about the contract is hard-coded anywhere else.
 */

export type ColumnKind = 'input' | 'computed' | 'auto';

/** What a cell of the column holds; drives number formats, validation and parsing. */
export type ValueType =
  | 'text'
  | 'integer' // whole count
  | 'decimal' // number, halves and fractions allowed
  | 'date'
  | 'rate' // fraction shown as a percentage
  | 'money'; // whole đồng

export type ListSource =
  | { kind: 'fixed'; values: readonly string[] }
  /** values of one column of a catalogue table on the "Danh mục" sheet */
  | { kind: 'catalogue'; table: string; column: string };

/** How the totals row summarises a column. */
export type TotalSpec =
  | { kind: 'label'; text: string }
  | { kind: 'sum' }
  /** a formula over the table's columns (structured references), e.g. a ratio of sums */
  | { kind: 'formula'; formula: string };

export interface ColumnSpec {
  /** identifier used in code (English) */
  key: string;
  /** exact Vietnamese header, relied on by outside tools */
  header: string;
  kind: ColumnKind;
  type: ValueType;
  /** Excel number format code (English, locale-independent) */
  numberFormat: string;
  required?: boolean;
  /**
   * the column itself may be absent from a table (an older format, a table typed by hand):
   * its absence is never a finding nor a refusal, and reads as if every cell were blank
   */
  optional?: boolean;
  /** smallest allowed value (numbers) */
  min?: number;
  /** the bound is exclusive (value must be > min) */
  minExclusive?: boolean;
  /** key of another column of the same row whose value this one may not exceed */
  maxColumn?: string;
  list?: ListSource;
  /** calculated-column formula in structured-reference form, with the leading "=" */
  formula?: string;
  total?: TotalSpec;
  /** definition shown to the user in the header's note (rates state their denominator) */
  note?: string;
  /** column width in characters */
  width: number;
}

export interface TableSpec {
  key: string;
  /** Excel table (ListObject) name */
  name: string;
  sheet: string;
  columns: readonly ColumnSpec[];
  /** does "Tính tổng hợp" add a totals row */
  totalsRow: boolean;
  /** sheet title written above the table */
  title: string;
}

export interface NamedCellSpec {
  name: string;
  label: string;
  kind: 'input' | 'computed';
  type: 'text' | 'date';
  numberFormat: string;
  required: boolean;
  /** formula for a computed cell (the user may override it by typing) */
  formula?: string;
  note?: string;
}

export interface CatalogueColumnSpec {
  key: string;
  header: string;
  type: ValueType;
  numberFormat: string;
  width: number;
  /**
   * read by the checks only, never by a formula: a workbook made before the column existed
   * keeps working, the contract's default for the same entry standing in
   */
  optional?: boolean;
}

export interface CatalogueSpec {
  key: string;
  name: string;
  title: string;
  columns: readonly CatalogueColumnSpec[];
  /** default rows shipped with a new workbook, by column key */
  rows: readonly Readonly<Record<string, CatalogueValue>>[];
}

/** A value as it is stored in a cell: dates are ISO yyyy-mm-dd strings in the domain. */
export type CatalogueValue = string | number | null;
