/**
 * "So sánh với năm trước": last year's key figures, taken from last year's workbook and
 * planned into the sheet "Năm trước" of this one. Last year's workbook must be of an
 * earlier year and of a format this Tổng kết reads.
 */
import { computeTables } from '../compute';
import { FORMAT_VERSION, PREVIOUS_TABLE, TITLE_ROW } from '../contract/layout';
import { summarize, summaryFigures } from '../report/summarize';
import { reportInfo } from '../report/summarize/info';
import type { PlanOp } from '../setup/ops';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { msg, type Msg } from '../messages';
import { NAMED_CELLS } from '../contract/header';
import { findStoppedTable, findTable } from '../validation/locatedTable';
import { COMPARED_FIGURES } from './comparedFigures';

export interface PreviousYear {
  year: number;
  /** one row per compared figure that last year's workbook has, in PREVIOUS_TABLE order */
  rows: CellValue[][];
}

export type PreviousYearOutcome = { ok: true; previous: PreviousYear } | { ok: false; refusal: Msg };

/** "Kỳ báo cáo đến ngày": the caption of the cell a period ends in. */
const PERIOD_END = NAMED_CELLS.find((n) => n.name === 'KyBaoCaoDen')!.label;

/** Last year's figures from its workbook, or why they cannot be used. `file` names it in messages. */
export function readPreviousYear(current: WorkbookSnapshot, previous: WorkbookSnapshot, file: string): PreviousYearOutcome {
  if (previous.formatVersion !== null && previous.formatVersion > FORMAT_VERSION) {
    return { ok: false, refusal: msg('compare.newerFormat', { file, version: previous.formatVersion, current: FORMAT_VERSION }) };
  }
  const now = reportInfo(current);
  const then = reportInfo(previous);
  if (!now.periodTo) return { ok: false, refusal: msg('compare.noPeriod', { label: PERIOD_END }) };
  if (!then.periodTo) return { ok: false, refusal: msg('compare.previousNoPeriod', { file, label: PERIOD_END }) };
  const year = Number(then.periodTo.slice(0, 4));
  if (year >= Number(now.periodTo.slice(0, 4))) {
    return {
      ok: false,
      refusal: msg('compare.notEarlier', {
        file,
        then: { from: then.periodFrom, to: then.periodTo },
        now: { from: now.periodFrom, to: now.periodTo },
        year: Number(now.periodTo.slice(0, 4)) - 1,
      }),
    };
  }
  const figures = new Map(summaryFigures(summarize(previous, computeTables(previous))).map((f) => [f.key, f]));
  const rows: CellValue[][] = [];
  for (const compared of COMPARED_FIGURES) {
    const figure = figures.get(compared.key);
    // a figure last year could not give (empty denominator, error) is left out, never a zero
    if (figure && typeof figure.value === 'number') rows.push([compared.key, figure.label, year, figure.value]);
  }
  return { ok: true, previous: { year, rows } };
}

/**
 * Writes last year's figures to "Năm trước": the table is created, or its rows replaced.
 * Every step but the rows is written again when the table is there, and a table left
 * unnamed by a stopped first run is renamed, so running again finishes a stopped run.
 */
export function planPreviousYear(current: WorkbookSnapshot, previous: PreviousYear, file: string): PlanOp[] {
  const { sheet, name, title, headerRow, columns } = PREVIOUS_TABLE;
  const source = `Số liệu năm ${previous.year}, lấy từ sổ "${file}".`;
  const headers = columns.map((c) => c.header);
  const titleOps: PlanOp[] = [{ kind: 'writeCells', sheet, row: TITLE_ROW, column: 0, cells: [[{ value: title, style: 'title' }], [{ value: source, style: 'note' }]] }];
  const formatOps: PlanOp[] = [
    { kind: 'columnWidths', sheet, widths: columns.map((c, i) => ({ column: i, width: c.width })) },
    ...columns.map((c): PlanOp => ({ kind: 'columnFormat', table: name, header: c.header, numberFormat: c.numberFormat, computed: false })),
  ];
  const stopped = findStoppedTable(current, { name, sheet, headerRow, column: 0, headers });
  const existing = findTable(current, name) ?? stopped;
  if (existing) {
    return [
      ...(stopped ? [{ kind: 'renameTable', table: stopped.name, name } as PlanOp] : []),
      ...titleOps,
      { kind: 'replaceTableRows', table: name, existingRows: existing.values.length, rows: previous.rows },
      ...formatOps,
    ];
  }
  return [
    ...(current.sheets.includes(sheet) ? [] : [{ kind: 'addSheet', sheet } as PlanOp]),
    ...titleOps,
    { kind: 'addTable', sheet, table: name, row: headerRow, column: 0, headers, rows: previous.rows.length > 0 ? previous.rows : [columns.map(() => null)] },
    ...formatOps,
  ];
}
