import { checkSheetPlan, checkTableRows, timestampOf } from '../../check/checkSheet';
import { TTHC } from '../../contract/tables';
import { sameHeader } from '../../contract/columnHeader';
import type { PlanCell, PlanOp } from '../../setup/ops';
import { isNewerFormat } from '../../setup/planSetup';
import { isEmptyCell, type CellValue, type TableSnapshot, type WorkbookSnapshot } from '../../snapshot';
import { localIsoDate } from '../../util/dates';
import { cellAddress } from '../../util/a1';
import { validateWorkbook, type ValidationResult } from '../../validation';
import { countFindings, type Finding } from '../../validation/finding';
import { textKey } from '../../validation/textKey';
import { IMPORTED_COUNTS, TARGET_OF, TTHC_HEADER_OF, type ImportedCount } from './columns';
import { msg, type Msg } from '../../messages';
import { finding } from '../../validation/makeFinding';
import type { ExportReading } from './readExport';

/** Ghi chú of every row an import wrote: how a later import knows the row is its own. */
export const IMPORT_MARK = 'Nhập từ Biểu 06';
const NOTE_HEADER = 'Ghi chú';

export function importNote(source: string): string {
  return `${IMPORT_MARK} (${source})`;
}

/** What the user added after the mark stays when the mark is rewritten. */
function noteAfterMark(note: string): string {
  if (!note.startsWith(IMPORT_MARK)) return note;
  const rest = note.slice(IMPORT_MARK.length);
  if (!rest.startsWith(' (')) return rest;
  const close = rest.indexOf(')');
  return close < 0 ? '' : rest.slice(close + 1);
}

/** One export row as the TTHC table stores it. */
export interface ImportedRow {
  name: string;
  counts: Record<ImportedCount, number | null>;
}

/** The export's rows with their counts added up per TTHC column (blank = 0, unreadable = empty). */
export function importedRows(reading: ExportReading): ImportedRow[] {
  const present = new Set<ImportedCount>();
  for (const c of reading.columns) {
    if (c.classified.kind !== 'field') continue;
    const f = c.classified.field;
    if (f === 'stt' || f === 'field') continue;
    const target = TARGET_OF[f];
    if (target) present.add(target);
  }
  return reading.rows.map((row) => {
    const counts = Object.fromEntries(IMPORTED_COUNTS.map((k) => [k, present.has(k) ? 0 : null])) as Record<ImportedCount, number | null>;
    reading.columns.forEach((c, i) => {
      if (c.classified.kind !== 'field') return;
      const f = c.classified.field;
      if (f === 'stt' || f === 'field') return;
      const target = TARGET_OF[f];
      if (!target) return;
      const v = row.values[i];
      const current = counts[target];
      if (v !== null && Number.isNaN(v)) counts[target] = null;
      else if (current !== null) counts[target] = current + (v ?? 0);
    });
    return { name: row.name, counts };
  });
}

export interface ImportPlan {
  ops: PlanOp[];
  /** names of the rows added, replaced with new figures, and already up to date */
  added: string[];
  replaced: string[];
  unchanged: string[];
  /** rows not imported or left as they were, and why (warnings) */
  findings: Finding[];
  /** why nothing can be written (the TTHC table is missing a column, no room under it) */
  refusals: Msg[];
}

interface Columns {
  field: number;
  note: number;
  counts: Record<ImportedCount, number>;
}

function tableColumns(table: TableSnapshot): Columns | Msg[] {
  const find = (header: string) => table.headers.findIndex((h) => sameHeader(h, header));
  const missing: string[] = [];
  const at = (header: string) => {
    const i = find(header);
    if (i < 0) missing.push(header);
    return i;
  };
  const columns: Columns = {
    field: at(TTHC_HEADER_OF.field),
    note: at(NOTE_HEADER),
    counts: Object.fromEntries(IMPORTED_COUNTS.map((k) => [k, at(TTHC_HEADER_OF[k])])) as Record<ImportedCount, number>,
  };
  return missing.length > 0 ? missing.map((header) => msg('import.tableColumnMissing', { header })) : columns;
}

/** The contract's number format of a TTHC column: text columns stay text ("@"), counts "#,##0". */
function formatOf(header: string): string | undefined {
  return TTHC.columns.find((c) => sameHeader(c.header, header))?.numberFormat;
}

function text(value: CellValue | undefined): string {
  return value === null || value === undefined ? '' : String(value).trim();
}

function sameValue(a: CellValue | undefined, b: CellValue): boolean {
  if (isEmptyCell(a ?? null) && isEmptyCell(b)) return true;
  return a === b;
}

/**
 * Plans an import into the TTHC table. Rows this import wrote before (Ghi chú starts with
 * IMPORT_MARK) are matched by lĩnh vực/unit and rewritten in place; rows typed by hand are
 * never written, and an export row of the same name as one is not imported (a warning says
 * so); new rows fill the table's empty rows first, then are appended. Rows already holding
 * the export's figures are not written at all, so a second import changes nothing.
 */
export function planImport(snapshot: WorkbookSnapshot, reading: ExportReading): ImportPlan {
  const plan: ImportPlan = { ops: [], added: [], replaced: [], unchanged: [], findings: [], refusals: [] };
  // A newer template may keep its TTHC table otherwise: nothing is written into it (see setupFirst.ts).
  if (isNewerFormat(snapshot)) {
    plan.refusals.push(msg('import.newerFormat'));
    return plan;
  }
  const table = snapshot.tables.find((t) => t.name.toLowerCase() === TTHC.name.toLowerCase());
  if (!table) {
    plan.refusals.push(msg('import.noTable'));
    return plan;
  }
  const columns = tableColumns(table);
  if (Array.isArray(columns)) {
    plan.refusals.push(...columns);
    return plan;
  }
  const targets = [columns.field, ...IMPORTED_COUNTS.map((k) => columns.counts[k]), columns.note];
  const cellOf = (i: number, c: number) => table.values[i]?.[c] ?? null;
  const address = (i: number, c: number) => `${table.sheet}!${cellAddress(table.headerRow + 1 + i, table.firstColumn + c)}`;

  const imported = new Map<string, number>();
  const typed = new Map<string, number>();
  const blanks: number[] = [];
  table.values.forEach((_, i) => {
    const name = text(cellOf(i, columns.field));
    const marked = text(cellOf(i, columns.note)).startsWith(IMPORT_MARK);
    // A marked row without a name is what an interrupted import left: its slot is reused.
    if (targets.every((c) => isEmptyCell(cellOf(i, c))) || (marked && name === '')) blanks.push(i);
    else if (name === '') return;
    else if (marked) {
      if (!imported.has(textKey(name))) imported.set(textKey(name), i);
    } else if (!typed.has(textKey(name))) typed.set(textKey(name), i);
  });

  const rowValues = (row: ImportedRow, oldNote: string): Map<number, CellValue> => {
    const values = new Map<number, CellValue>([[columns.field, row.name]]);
    for (const k of IMPORTED_COUNTS) values.set(columns.counts[k], row.counts[k]);
    values.set(columns.note, importNote(reading.source) + noteAfterMark(oldNote));
    return values;
  };

  const writes: { index: number; values: Map<number, CellValue> }[] = [];
  const appended: Map<number, CellValue>[] = [];
  const seen = new Set<string>();
  for (const row of importedRows(reading)) {
    const key = textKey(row.name);
    seen.add(key);
    const mine = imported.get(key);
    if (mine !== undefined) {
      const values = rowValues(row, text(cellOf(mine, columns.note)));
      if ([...values].every(([c, v]) => sameValue(cellOf(mine, c), v))) plan.unchanged.push(row.name);
      else {
        writes.push({ index: mine, values });
        plan.replaced.push(row.name);
      }
      continue;
    }
    const theirs = typed.get(key);
    if (theirs !== undefined) {
      plan.findings.push(
        finding(
          { sheet: table.sheet, cell: cellAddress(table.headerRow + 1 + theirs, table.firstColumn + columns.field), table: table.name, column: TTHC_HEADER_OF.field },
          'warning', 'import.bieu06.handTyped',
          msg('import.handTyped', { name: row.name, cell: address(theirs, columns.field) }), msg('import.handTyped.fix'), msg('import.basis'),
        ),
      );
      continue;
    }
    const values = rowValues(row, '');
    const blank = blanks.shift();
    if (blank !== undefined) writes.push({ index: blank, values });
    else appended.push(values);
    plan.added.push(row.name);
  }
  for (const [key, i] of imported) {
    if (seen.has(key)) continue;
    const name = text(cellOf(i, columns.field));
    plan.findings.push(
      finding(
        { sheet: table.sheet, cell: cellAddress(table.headerRow + 1 + i, table.firstColumn + columns.field), table: table.name, column: TTHC_HEADER_OF.field },
        'warning', 'import.bieu06.stale', msg('import.stale', { name }), msg('import.stale.fix'), msg('import.basis'),
      ),
    );
  }

  if (appended.length > 0) {
    const room = table.below.slice(0, appended.length).findIndex((r) => r.some((v) => !isEmptyCell(v)));
    if (room >= 0) {
      const row = table.headerRow + table.values.length + (table.showTotals ? 2 : 1) + room;
      plan.refusals.push(msg('import.noRoom', { count: appended.length, row: row + 1 }));
      return plan;
    }
  }

  for (const { index, values } of writes) {
    // The mark goes first: a row an interrupted import began is then the import's to finish.
    const rowOps: PlanOp[] = [];
    let run: { start: number; cells: PlanCell[] } | null = null;
    const flush = () => {
      if (run) {
        const op: PlanOp = { kind: 'writeCells', sheet: table.sheet, row: table.headerRow + 1 + index, column: table.firstColumn + run.start, cells: [run.cells] };
        if (run.start === columns.note) rowOps.unshift(op);
        else rowOps.push(op);
      }
      run = null;
    };
    for (let c = 0; c < table.headers.length; c++) {
      if (!values.has(c)) {
        flush();
        continue;
      }
      const cell: PlanCell = { value: values.get(c) ?? null, numberFormat: formatOf(table.headers[c]) };
      if (run) run.cells.push(cell);
      else run = { start: c, cells: [cell] };
    }
    flush();
    plan.ops.push(...rowOps);
  }
  if (appended.length > 0) {
    plan.ops.push({
      kind: 'addTableRows',
      table: table.name,
      rows: appended.map((values) => table.headers.map((_, c) => values.get(c) ?? null)),
    });
    const newRows = appended.map((_, k) => table.values.length + k);
    for (const spec of TTHC.columns) {
      if (!spec.formula || !table.headers.some((h) => sameHeader(h, spec.header))) continue;
      plan.ops.push({ kind: 'columnFormula', table: table.name, header: spec.header, formula: spec.formula, rows: newRows });
    }
  }
  return plan;
}

/**
 * "Kiểm tra" after an import: the export's own findings and the import's first, then the
 * check of the workbook as the import left it.
 */
export function importCheckPlan(
  after: WorkbookSnapshot,
  importFindings: readonly Finding[],
  at: Date,
): { ops: PlanOp[]; validation: ValidationResult; findings: Finding[] } {
  const validation = validateWorkbook(after, { today: localIsoDate(at) });
  const findings = [...importFindings, ...validation.findings];
  return { ops: checkSheetPlan(checkTableRows(after), findings, countFindings(findings), timestampOf(at)), validation, findings };
}
