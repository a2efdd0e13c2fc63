/**
 * Catalogue entries (multipliers, lương cơ sở, parameters) a unit's workbook holds with
 * other figures than the consolidated workbook: the consolidated one's are used, and the
 * clerk is told which entries differ.
 */
import { CATALOGUES } from '../contract/catalogues';
import { catalogueTitle } from '../contract/captions';
import type { CatalogueSpec } from '../contract/types';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { isoToVietnamese } from '../util/dates';
import { msg, type Msg } from '../messages';
import { cellAt, dateValue, numericValue } from '../validation/cells';
import { headerKey } from '../contract/columnHeader';
import { findTable } from '../validation/locatedTable';
import { textKey } from '../validation/textKey';

const NUMERIC = new Set(['decimal', 'money', 'integer']);

interface Entry {
  /** the entry as its first column shows it, and the date it is in force from (ISO) */
  label: string;
  since: string | null;
  values: ReadonlyMap<string, number | null>;
}

function entryLabel(spec: CatalogueSpec, value: CellValue): string {
  const first = spec.columns[0];
  if (first.type === 'date') {
    const iso = dateValue(value);
    return iso ? isoToVietnamese(iso) : String(value ?? '');
  }
  return String(value ?? '').trim();
}

/** A catalogue's entries by key (first column, and its "Hiệu lực từ" when it has one). */
function entries(snapshot: WorkbookSnapshot, spec: CatalogueSpec): Map<string, Entry> {
  const table = findTable(snapshot, spec.name);
  const since = spec.columns.find((c) => c.header === 'Hiệu lực từ');
  const rows: CellValue[][] = table
    ? (Array.isArray(table.values) ? table.values : []).map((raw) => {
        const headers = (Array.isArray(table.headers) ? table.headers : []).map(headerKey);
        return spec.columns.map((c) => cellAt(raw, headers.indexOf(headerKey(c.header))));
      })
    : spec.rows.map((row) => spec.columns.map((c) => row[c.key] ?? null));
  const result = new Map<string, Entry>();
  for (const row of rows) {
    const label = entryLabel(spec, row[0]);
    if (label === '') continue;
    const sinceIndex = since ? spec.columns.indexOf(since) : -1;
    const sinceIso = sinceIndex >= 0 ? dateValue(row[sinceIndex]) : null;
    const key = `${spec.columns[0].type === 'date' ? label : textKey(label)}|${sinceIso ?? ''}`;
    if (result.has(key)) continue;
    const values = new Map<string, number | null>();
    spec.columns.forEach((c, i) => {
      if (NUMERIC.has(c.type)) values.set(c.header, numericValue(row[i]));
    });
    result.set(key, { label, since: sinceIso, values });
  }
  return result;
}

/** One sentence per differing entry, naming the catalogue (by its title), the entry and both figures. */
export function catalogueDifferences(target: WorkbookSnapshot, unit: WorkbookSnapshot): Msg[] {
  const sentences: Msg[] = [];
  for (const spec of CATALOGUES) {
    const ours = entries(target, spec);
    for (const [key, theirs] of entries(unit, spec)) {
      const own = ours.get(key);
      if (!own) {
        sentences.push(msg('merge.catalogue.extra', { cat: catalogueTitle(spec.name), entry: { label: theirs.label, since: theirs.since } }));
        continue;
      }
      for (const [header, value] of theirs.values) {
        const ourValue = own.values.get(header) ?? null;
        if (value !== ourValue) {
          sentences.push(msg('merge.catalogue.value', { cat: catalogueTitle(spec.name), entry: { label: theirs.label, since: theirs.since }, column: header, value, ours: ourValue }));
        }
      }
    }
  }
  return sentences;
}
