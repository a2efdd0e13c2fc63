/**
 * The catalogues the rules read, taken from the workbook's "Danh mục" tables (users edit
 * them) or, for a table that is missing, from the defaults shipped with the contract.
 */
import { CATALOGUES, DM_CAP_QUYET_DINH, DM_DANH_HIEU, DM_LUONG_CO_SO, DM_TEN_GOI, DM_THAM_SO, PAID_BY_UNIT } from '../contract/catalogues';
import { RECIPIENT_TYPES } from '../contract/tables';
import type { CatalogueSpec, CatalogueValue } from '../contract/types';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { cellAt, dateValue, isBlank, numericValue, textValue } from './cells';
import { headerKey } from '../contract/columnHeader';
import { findTable } from './locatedTable';
import { parseVietnameseNumber } from './parseVietnameseNumber';
import { textKey } from './textKey';

export type RecipientType = (typeof RECIPIENT_TYPES)[number];

/** One DM_DanhHieu row: the money of an award during one period of validity. */
export interface AwardPeriod {
  multiplier: Readonly<Record<RecipientType, number | null>>;
  /** "không quá" multiplier for an individual, when the decision states the amount */
  cap: number | null;
  basis: string;
  /** ISO dates of "Hiệu lực từ" / "Hiệu lực đến", null when open */
  from: string | null;
  to: string | null;
}

/** An award of DM_DanhHieu with all its rows (one per period), in catalogue order. */
export interface AwardEntry {
  name: string;
  group: string;
  appliesTo: readonly RecipientType[];
  /** signers who may award it ("Người có thẩm quyền"); empty = not stated */
  authorities: readonly string[];
  periods: readonly AwardPeriod[];
  /** the basis of its first row */
  basis: string;
}

export interface SignerEntry {
  name: string;
  /** does the reporting unit pay the bonuses this signer decides */
  paidByUnit: boolean;
}

/** A DM_TenGoi row. */
export interface Alias {
  alias: string;
  entry: string;
}

export interface Parameter {
  name: string;
  value: number | null;
  basis: string;
}

export interface Catalogues {
  /** DM_DanhHieu by textKey of the name; the rows of one name are its periods */
  awardByKey: ReadonlyMap<string, AwardEntry>;
  /** DM_CapQuyetDinh by textKey of the name (the first row wins) */
  signerByKey: ReadonlyMap<string, SignerEntry>;
  /** DM_TenGoi by textKey of the alias (the first row wins) */
  aliasByKey: ReadonlyMap<string, Alias>;
  /** DM_LuongCoSo rows with a date and an amount, by date */
  baseSalaries: readonly { from: string; amount: number }[];
  /** DM_ThamSo by textKey of the parameter name */
  parameters: ReadonlyMap<string, Parameter>;
  /** non-empty values of every catalogue column, by table name and header key */
  columns: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

type Row = Readonly<Record<string, CellValue | CatalogueValue>>;

/** Rows of a catalogue; an optional column the workbook lacks reads as undefined (the default then stands in). */
function catalogueRows(snapshot: WorkbookSnapshot, spec: CatalogueSpec): Row[] {
  const table = findTable(snapshot, spec.name);
  if (!table) return [...spec.rows];
  const headers = Array.isArray(table.headers) ? table.headers.map(headerKey) : [];
  const positions = spec.columns
    .map((c) => [c.key, headers.indexOf(headerKey(c.header)), c.optional === true] as const)
    .filter(([, at, optional]) => at >= 0 || !optional)
    .map(([key, at]) => [key, at] as const);
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

/** "a; b, c" → ["a", "b", "c"] (catalogue lists are typed by hand). */
function listOf(value: CellValue | CatalogueValue | undefined): string[] {
  return textValue(value ?? null)
    .split(/[;\n]/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function multiplierOf(value: CellValue | CatalogueValue | undefined): number | null {
  if (value === undefined || isBlank(value)) return null;
  return numericValue(value as CellValue);
}

/**
 * A DM_DanhHieu multiplier as the workbook's formulas read it: SUMIFS/COUNTIFS see numbers
 * only, so a multiplier typed as text ("3,0") counts as none here too (checks/awardCatalogue
 * reports the cell).
 */
function formulaMultiplierOf(value: CellValue | CatalogueValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
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

  // Defaults by name for the optional columns an older workbook lacks.
  const defaults = new Map<string, Row>();
  for (const row of DM_DANH_HIEU.rows) if (!defaults.has(textKey(String(row.name)))) defaults.set(textKey(String(row.name)), row);
  const signerDefaults = new Map(DM_CAP_QUYET_DINH.rows.map((row) => [textKey(String(row.name)), row]));

  const awardByKey = new Map<string, AwardEntry>();
  for (const row of read(DM_DANH_HIEU)) {
    const name = textValue(row.name ?? null);
    if (name === '') continue;
    const key = textKey(name);
    const fallback = defaults.get(key);
    const period: AwardPeriod = {
      multiplier: {
        'Tập thể': formulaMultiplierOf(row.collective),
        'Cá nhân': formulaMultiplierOf(row.individual),
        'Hộ gia đình': formulaMultiplierOf(row.household),
      },
      cap: multiplierOf(row.cap === undefined ? null : row.cap),
      basis: textValue(row.basis ?? null),
      from: dateValue((row.from ?? null) as CellValue),
      to: dateValue((row.to ?? null) as CellValue),
    };
    const existing = awardByKey.get(key);
    if (existing) {
      (existing.periods as AwardPeriod[]).push(period);
      continue;
    }
    const authorities = row.authorities === undefined ? (fallback?.authorities ?? null) : row.authorities;
    awardByKey.set(key, {
      name,
      group: textValue(row.group ?? null),
      appliesTo: parseAppliesTo(row.appliesTo),
      authorities: listOf(authorities),
      periods: [period],
      basis: period.basis,
    });
  }

  const signerByKey = new Map<string, SignerEntry>();
  for (const row of read(DM_CAP_QUYET_DINH)) {
    const name = textValue(row.name ?? null);
    if (name === '' || signerByKey.has(textKey(name))) continue;
    const paid = row.paidByUnit === undefined ? (signerDefaults.get(textKey(name))?.paidByUnit ?? null) : row.paidByUnit;
    signerByKey.set(textKey(name), { name, paidByUnit: textKey(textValue(paid ?? null)) === textKey(PAID_BY_UNIT) });
  }

  const aliasByKey = new Map<string, Alias>();
  for (const row of read(DM_TEN_GOI)) {
    const alias = textValue(row.alias ?? null);
    const entry = textValue(row.entry ?? null);
    if (alias === '' || entry === '' || aliasByKey.has(textKey(alias))) continue;
    aliasByKey.set(textKey(alias), { alias, entry });
  }

  const parameters = new Map<string, Parameter>();
  for (const row of read(DM_THAM_SO)) {
    const name = textValue(row.name ?? null);
    if (name === '' || parameters.has(textKey(name))) continue;
    parameters.set(textKey(name), { name, value: parameterValue(row.value), basis: textValue(row.basis ?? null) });
  }

  const baseSalaries: { from: string; amount: number }[] = [];
  for (const row of read(DM_LUONG_CO_SO)) {
    const from = dateValue((row.from ?? null) as CellValue);
    const amount = multiplierOf(row.amount);
    if (from && amount !== null) baseSalaries.push({ from, amount });
  }
  baseSalaries.sort((a, b) => a.from.localeCompare(b.from));

  return { awardByKey, signerByKey, aliasByKey, baseSalaries, parameters, columns };
}

/** Values of a catalogue column (by header), as the list check needs them. */
export function catalogueValues(catalogues: Catalogues, table: string, header: string): readonly string[] {
  return catalogues.columns.get(table)?.get(headerKey(header)) ?? [];
}

/**
 * The award a typed name stands for: an entry of DM_DanhHieu, or an alias in DM_TenGoi whose
 * target is one (compared as the checks compare texts).
 */
export function resolveAward(catalogues: Catalogues, text: string): AwardEntry | undefined {
  const key = textKey(text);
  const alias = catalogues.aliasByKey.get(key);
  const viaAlias = alias ? catalogues.awardByKey.get(textKey(alias.entry)) : undefined;
  return viaAlias ?? catalogues.awardByKey.get(key);
}

/**
 * Who signed, whatever the workbook's DM_CapQuyetDinh calls them: an alias's target first
 * (so a body listed by an older workbook, "Ủy ban nhân dân tỉnh", is its chairman), else the
 * entry itself; null when neither knows the text.
 */
export function signerIdentity(catalogues: Catalogues, text: string): string | null {
  const key = textKey(text);
  const alias = catalogues.aliasByKey.get(key);
  if (alias && !catalogues.awardByKey.has(textKey(alias.entry))) return textKey(alias.entry);
  return catalogues.signerByKey.has(key) ? key : null;
}

/**
 * What a catalogue list column accepts, as the KhenThuong helper formulas see it: the
 * entries, plus the aliases the formula resolves for that catalogue. `target` is what each
 * accepted text stands for, in the catalogue's spelling.
 */
export function acceptedNames(catalogues: Catalogues, table: string, header: string): { text: string; target: string }[] {
  const entries = catalogueValues(catalogues, table, header).map((text) => ({ text, target: text }));
  const entryByKey = new Map(entries.map((e) => [textKey(e.text), e.text]));
  const aliases: { text: string; target: string }[] = [];
  if (table === DM_DANH_HIEU.name) {
    for (const a of catalogues.aliasByKey.values()) {
      const target = entryByKey.get(textKey(a.entry));
      if (target !== undefined) aliases.push({ text: a.alias, target });
    }
  } else if (table === DM_CAP_QUYET_DINH.name) {
    for (const a of catalogues.aliasByKey.values()) {
      if (!catalogues.awardByKey.has(textKey(a.entry))) aliases.push({ text: a.alias, target: entryByKey.get(textKey(a.entry)) ?? a.entry });
    }
  }
  return [...aliases, ...entries];
}

/** Lương cơ sở in force on an ISO date, or null before the first row. */
export function baseSalaryOn(catalogues: Catalogues, date: string): number | null {
  let amount: number | null = null;
  for (const row of catalogues.baseSalaries) if (row.from <= date) amount = row.amount;
  return amount;
}

/** The DM_DanhHieu rows of an entry in force on an ISO date. */
export function periodsOn(entry: AwardEntry, date: string): AwardPeriod[] {
  return entry.periods.filter((p) => (!p.from || date >= p.from) && (!p.to || date <= p.to));
}
