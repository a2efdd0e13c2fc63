/**
 * The catalogues the rules read, taken from the workbook's "Danh mục" tables (users edit
 * them) or, for a table that is missing, from the defaults shipped with the contract.
 */
import { CATALOGUES, DM_DANH_HIEU, DM_THAM_SO } from '../contract/catalogues';
import { RECIPIENT_TYPES } from '../contract/tables';
import type { CatalogueSpec, CatalogueValue } from '../contract/types';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { cellAt, dateValue, isBlank, numericValue, textValue } from './cells';
import { findTable, headerKey } from './locatedTable';
import { parseVietnameseNumber } from './parseVietnameseNumber';
import { textKey } from './textKey';

export type RecipientType = (typeof RECIPIENT_TYPES)[number];

export interface AwardEntry {
  name: string;
  group: string;
  appliesTo: readonly RecipientType[];
  multiplier: Readonly<Record<RecipientType, number | null>>;
  basis: string;
  /** ISO dates of "Hiệu lực từ" / "Hiệu lực đến", null when open */
  from: string | null;
  to: string | null;
}

export interface Parameter {
  name: string;
  value: number | null;
  basis: string;
}

export interface Catalogues {
  /** DM_DanhHieu by textKey of the name (the first row wins) */
  awardByKey: ReadonlyMap<string, AwardEntry>;
  /** DM_ThamSo by textKey of the parameter name */
  parameters: ReadonlyMap<string, Parameter>;
  /** non-empty values of every catalogue column, by table name and header key */
  columns: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

type Row = Readonly<Record<string, CellValue | CatalogueValue>>;

function catalogueRows(snapshot: WorkbookSnapshot, spec: CatalogueSpec): Row[] {
  const table = findTable(snapshot, spec.name);
  if (!table) return [...spec.rows];
  const headers = Array.isArray(table.headers) ? table.headers.map(headerKey) : [];
  const positions = spec.columns.map((c) => [c.key, headers.indexOf(headerKey(c.header))] as const);
  const values: unknown[] = Array.isArray(table.values) ? table.values : [];
  const rows = values.map((raw) => {
    const row: Record<string, CellValue> = {};
    for (const [key, at] of positions) row[key] = at < 0 ? null : cellAt(raw, at);
    return row;
  });
  return rows;
}

export function recipientTypeOf(value: unknown): RecipientType | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const key = textKey(value);
  return RECIPIENT_TYPES.find((r) => textKey(r) === key) ?? null;
}

function parseAppliesTo(value: CellValue | CatalogueValue | undefined): RecipientType[] {
  return textValue(value ?? null)
    .split(/[;,\n]/)
    .map(recipientTypeOf)
    .filter((r): r is RecipientType => r !== null);
}

function multiplierOf(value: CellValue | CatalogueValue | undefined): number | null {
  if (value === undefined || isBlank(value)) return null;
  return numericValue(value as CellValue);
}

/** "15%" → 0.15; numbers as they are. */
function parameterValue(value: CellValue | CatalogueValue | undefined): number | null {
  if (typeof value === 'string' && /%\s*$/.test(value)) {
    const number = parseVietnameseNumber(value.replace(/%\s*$/, ''));
    return number === null ? null : number / 100;
  }
  return value === undefined ? null : numericValue(value as CellValue);
}

export function readCatalogues(snapshot: WorkbookSnapshot): Catalogues {
  const columns = new Map<string, Map<string, string[]>>();
  const rowsByName = new Map<string, Row[]>();
  for (const spec of CATALOGUES) {
    const rows = catalogueRows(snapshot, spec);
    rowsByName.set(spec.name, rows);
    const byHeader = new Map<string, string[]>();
    for (const column of spec.columns) {
      byHeader.set(headerKey(column.header), rows.map((r) => textValue(r[column.key] ?? null)).filter((v) => v !== ''));
    }
    columns.set(spec.name, byHeader);
  }
  const read = (spec: CatalogueSpec): Row[] => rowsByName.get(spec.name) ?? [];

  const awardByKey = new Map<string, AwardEntry>();
  for (const row of read(DM_DANH_HIEU)) {
    const name = textValue(row.name ?? null);
    if (name === '') continue;
    const entry: AwardEntry = {
      name,
      group: textValue(row.group ?? null),
      appliesTo: parseAppliesTo(row.appliesTo),
      multiplier: {
        'Tập thể': multiplierOf(row.collective),
        'Cá nhân': multiplierOf(row.individual),
        'Hộ gia đình': multiplierOf(row.household),
      },
      basis: textValue(row.basis ?? null),
      from: dateValue((row.from ?? null) as CellValue),
      to: dateValue((row.to ?? null) as CellValue),
    };
    if (!awardByKey.has(textKey(name))) awardByKey.set(textKey(name), entry);
  }

  const parameters = new Map<string, Parameter>();
  for (const row of read(DM_THAM_SO)) {
    const name = textValue(row.name ?? null);
    if (name === '' || parameters.has(textKey(name))) continue;
    parameters.set(textKey(name), { name, value: parameterValue(row.value), basis: textValue(row.basis ?? null) });
  }

  return { awardByKey, parameters, columns };
}

/** Values of a catalogue column (by header), as the list check needs them. */
export function catalogueValues(catalogues: Catalogues, table: string, header: string): readonly string[] {
  return catalogues.columns.get(table)?.get(headerKey(header)) ?? [];
}
