import type { CellValue } from '../../snapshot';
import { columnLetter } from '../../util/a1';
import { msg, vi, type Msg } from '../../messages';
import type { Finding } from '../../validation/finding';
import { parseVietnameseNumber } from '../../validation/parseVietnameseNumber';
import { textKey } from '../../validation/textKey';
import { classifyColumn, REQUIRED_FIELDS, TARGET_OF, targetMessage, TTHC_HEADER_OF, type Classified, type CountField, type ExportField } from './columns';
import { exportFinding } from './findings';
import { cellOf, displayText, spreadMerges, type ExportGrid } from './grid';
import { hasAny, headerKey, headerTextKey } from './headerKey';

/** One column of the export, as the reader understood it. */
export interface ExportColumn {
  /** 0-based column on the export sheet */
  column: number;
  /** "(7)" from the export's numbering row, else the column letter ("G") */
  number: string;
  /** the header texts top to bottom, "Số hồ sơ đã giải quyết – Tổng số" */
  header: string;
  classified: Classified;
}

/** A data, group or totals row; values follow `ExportReading.columns` (NaN: unreadable, null: blank). */
export interface ExportRow {
  /** 0-based row on the export sheet */
  row: number;
  name: string;
  group: string | null;
  values: (number | null)[];
}

export interface ExportReading {
  /** the export's file name, as the user chose it */
  source: string;
  sheet: string;
  columns: ExportColumn[];
  /** one per lĩnh vực or unit, in the export's order; names made unique */
  rows: ExportRow[];
  /** the export's "Tổng cộng" row, when it has one */
  totals: ExportRow | null;
  /** group header rows that carry their own subtotals, with the rows under them */
  groups: { row: ExportRow; members: ExportRow[] }[];
  /** what the reading itself found (blank cells read as 0, unreadable numbers, unknown columns) */
  findings: Finding[];
}

export type ReadResult = { ok: true; reading: ExportReading } | { ok: false; problems: Msg[] };

/** How a column is named in messages: "cột (7) Số hồ sơ đã giải quyết – Tổng số". */
export function columnMessage(column: ExportColumn): Msg {
  return msg('import.column', { number: column.number, header: column.header });
}

/** The column's name in Vietnamese, as the workbook and the CLI show it. */
export function columnLabel(column: ExportColumn): string {
  return vi(columnMessage(column));
}

const SCAN_ROWS = 60;
const HEADER_WORDS = ['tiep nhan', 'nhan giai quyet', 'giai quyet', 'da giai quyet', 'dang giai quyet', 'xu ly', 'ho so', 'truc tuyen', 'qua han', 'dung han'];
const SIGNATURE = ['nguoi lap bieu', 'nguoi lap', 'thu truong', 'ky ghi ro ho ten', 'ky ho ten', 'ky ten', 'giam doc'];
// "Công thương" is a lĩnh vực: "cộng" alone is a totals label, not a prefix.
const TOTALS = /^(tong cong|tong so)( .*)?$|^(tong|cong|toan tinh|toan don vi)$/;

/** A header row: an STT or lĩnh vực cell beside at least two different dossier headings (a merged title row is one text). */
function isHeaderStart(texts: readonly string[]): boolean {
  const keys = [...new Set(texts.map(headerTextKey).filter((k) => k !== ''))];
  const anchors = keys.filter((k) => {
    const c = classifyColumn([k]);
    return c.kind === 'field' && (c.field === 'stt' || c.field === 'field');
  });
  return anchors.length > 0 && keys.filter((k) => !anchors.includes(k) && hasAny(k, HEADER_WORDS)).length >= 2;
}

function numberingOf(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1 && value <= 60 ? value : null;
  const match = /^\(?\s*(\d{1,2})\s*\)?\s*(=.*)?$/.exec(displayText(value));
  return match ? Number(match[1]) : null;
}

/** The "(1) (2) … (13)" row: most of its cells are small increasing numbers. */
function isNumberingRow(grid: ExportGrid, row: number): boolean {
  const cells = (grid.cells[row] ?? []).filter((v) => displayText(v) !== '');
  if (cells.length < 3) return false;
  const numbers = cells.map(numberingOf).filter((n): n is number => n !== null);
  if (numbers.length < Math.max(3, cells.length * 0.6)) return false;
  const increasing = numbers.filter((n, i) => i === 0 || n > numbers[i - 1]).length;
  return increasing >= numbers.length * 0.8;
}

function hasNumber(grid: ExportGrid, row: number): boolean {
  return (grid.cells[row] ?? []).some((v) => typeof v === 'number' || (typeof v === 'string' && parseVietnameseNumber(v) !== null));
}

/** The header block: its first row by meaning, its last by the merges and the rows under it. */
function headerBlock(grid: ExportGrid): { top: number; bottom: number } | null {
  const limit = Math.min(grid.cells.length, SCAN_ROWS);
  for (let top = 0; top < limit; top++) {
    if (!isHeaderStart(spreadMerges(grid, top, top)[0] ?? [])) continue;
    let bottom = top;
    for (const m of grid.merges) if (m.top === top && m.bottom > bottom && m.bottom - top < 4) bottom = m.bottom;
    const anchors = (spreadMerges(grid, top, top)[0] ?? []).map((t, c) => ({ t, c })).filter(({ t }) => {
      const k = classifyColumn([headerTextKey(t)]);
      return k.kind === 'field' && (k.field === 'stt' || k.field === 'field');
    });
    // Rows of sub-headers without merges: text only, nothing in the STT / lĩnh vực columns.
    while (bottom - top < 3 && bottom + 1 < grid.cells.length && !isNumberingRow(grid, bottom + 1) && !hasNumber(grid, bottom + 1)) {
      const next = bottom + 1;
      const texts = (grid.cells[next] ?? []).map(displayText);
      const anchored = anchors.some(({ c }) => texts[c] !== '' && !grid.merges.some((m) => m.left <= c && c <= m.right && m.top <= next && next <= m.bottom));
      if (anchored || !texts.some((t) => t !== '')) break;
      bottom = next;
    }
    return { top, bottom };
  }
  return null;
}

function readColumns(grid: ExportGrid, top: number, bottom: number, numbering: number | null): ExportColumn[] {
  const header = spreadMerges(grid, top, bottom);
  const numbers = numbering === null ? [] : (grid.cells[numbering] ?? []);
  const width = Math.max(...header.map((r) => r.length));
  const columns: ExportColumn[] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (const row of header) {
      const text = row[c] ?? '';
      if (text === '' || path[path.length - 1] === text || headerKey(text) === 'trong do') continue;
      path.push(text);
    }
    if (path.length === 0) continue;
    const n = numberingOf(numbers[c] ?? null);
    columns.push({
      column: c,
      number: n === null ? columnLetter(c) : `(${n})`,
      header: path.join(' – '),
      classified: classifyColumn(path.map(headerTextKey)),
    });
  }
  return columns;
}

function fieldOf(column: ExportColumn): ExportField | null {
  return column.classified.kind === 'field' ? column.classified.field : null;
}

/** Fields that may come in several columns and add up. */
const ADDING: readonly ExportField[] = ['inPerson', 'postal', 'returned'];

const FIELD_NAME: Record<ExportField, string> = {
  stt: 'STT',
  field: 'Lĩnh vực / Đơn vị',
  receivedTotal: 'Số hồ sơ nhận giải quyết – Tổng số',
  newReceived: 'Số mới tiếp nhận',
  online: 'Số mới tiếp nhận trực tuyến',
  inPerson: 'Số mới tiếp nhận trực tiếp, dịch vụ bưu chính',
  postal: 'Số mới tiếp nhận qua dịch vụ bưu chính',
  carriedOver: 'Số kỳ trước chuyển qua',
  resolvedTotal: 'Số hồ sơ đã giải quyết – Tổng số',
  early: 'Số hồ sơ đã giải quyết – Trước hạn',
  onTime: 'Số hồ sơ đã giải quyết – Đúng hạn',
  late: 'Số hồ sơ đã giải quyết – Quá hạn',
  pendingTotal: 'Số hồ sơ đang giải quyết – Tổng số',
  pendingWithin: 'Số hồ sơ đang giải quyết – Trong hạn',
  pendingOverdue: 'Số hồ sơ đang giải quyết – Quá hạn',
  returned: 'Trả lại, rút, tạm dừng',
};

function mappingProblems(columns: readonly ExportColumn[]): Msg[] {
  const problems: Msg[] = [];
  const byField = new Map<ExportField, ExportColumn[]>();
  for (const c of columns) {
    const f = fieldOf(c);
    if (f) byField.set(f, [...(byField.get(f) ?? []), c]);
  }
  const unknown = columns.filter((c) => c.classified.kind === 'unknown');
  const hint = unknown.map(columnMessage);
  for (const field of REQUIRED_FIELDS) {
    if (byField.has(field)) continue;
    const target = field === 'field' ? TTHC_HEADER_OF.field : TTHC_HEADER_OF[TARGET_OF[field as CountField]!];
    problems.push(msg('import.fieldMissing', { field: FIELD_NAME[field], target, unknown: hint }));
  }
  if (!byField.has('inPerson') && !byField.has('postal')) {
    problems.push(msg('import.fieldMissing', { field: FIELD_NAME.inPerson, target: TTHC_HEADER_OF.inPerson, unknown: hint }));
  }
  for (const [field, list] of byField) {
    if (list.length > 1 && !ADDING.includes(field)) {
      problems.push(msg('import.fieldTwice', { count: list.length, field: FIELD_NAME[field], columns: list.map(columnMessage) }));
    }
  }
  return problems;
}

function cellNumber(value: CellValue): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number.NaN;
  const text = value.trim();
  if (text === '' || /^[-–—]$/.test(text)) return null;
  return parseVietnameseNumber(text) ?? Number.NaN;
}

function isGroupLabel(stt: string, name: string): boolean {
  return /^[IVXLC]+\.?$/.test(stt) || /^[A-Z]\.?$/.test(stt) || /^[IVX]+[.)]\s/.test(name);
}

/** Reads the rows under the header block until the signature block. */
function readRows(grid: ExportGrid, source: string, start: number, columns: readonly ExportColumn[]) {
  const sttColumn = columns.find((c) => fieldOf(c) === 'stt')?.column;
  const nameColumn = columns.find((c) => fieldOf(c) === 'field')!.column;
  const counted = columns.map((c) => {
    const f = fieldOf(c);
    return f !== null && f !== 'stt' && f !== 'field';
  });
  const rows: ExportRow[] = [];
  const groups: { row: ExportRow; members: ExportRow[] }[] = [];
  const totalsRows: ExportRow[] = [];
  const findings: Finding[] = [];
  let group: string | null = null;
  let currentGroup: { row: ExportRow; members: ExportRow[] } | null = null;
  for (let r = start; r < grid.cells.length; r++) {
    const stt = sttColumn === undefined ? '' : displayText(cellOf(grid, r, sttColumn));
    let name = displayText(cellOf(grid, r, nameColumn));
    if (name === '' && stt !== '' && !/^\d/.test(stt)) name = stt;
    const values = columns.map((c, i) => (counted[i] ? cellNumber(cellOf(grid, r, c.column)) : null));
    const hasValues = values.some((v) => v !== null);
    // The signature block ends the table; a row with readable figures never does.
    const texts = (grid.cells[r] ?? []).map(displayText);
    const hasFigures = values.some((v) => v !== null && !Number.isNaN(v));
    if (!hasFigures && texts.some((t) => t !== '' && (hasAny(headerKey(t), SIGNATURE) || /\bngay\b.*\bthang\b.*\bnam\b/.test(headerKey(t))))) break;
    const row: ExportRow = { row: r, name, group, values };
    if (TOTALS.test(headerKey(name))) {
      if (hasValues) totalsRows.push(row);
      continue;
    }
    if (!hasValues) {
      if (name !== '') {
        group = name;
        currentGroup = null;
      }
      continue;
    }
    if (isGroupLabel(stt, name)) {
      group = name;
      currentGroup = { row: { ...row, group: null }, members: [] };
      groups.push(currentGroup);
      continue;
    }
    if (name === '') {
      findings.push(
        exportFinding({ source, sheet: grid.sheet, row: r, column: nameColumn }, 'error', columnMessage(columns.find((c) => c.column === nameColumn)!),
          msg('import.unnamedRow', { row: r + 1 }), msg('import.unnamedRow.fix'), 'import.bieu06.unnamedRow'),
      );
      continue;
    }
    rows.push(row);
    currentGroup?.members.push(row);
  }
  return { rows, groups, totalsRows, findings };
}

/** Names repeated under several groups get the group's name; still repeated ones the row number. */
function uniqueNames(rows: ExportRow[]): void {
  const count = (key: (r: ExportRow) => string) => {
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return counts;
  };
  const byName = count((r) => textKey(r.name));
  for (const r of rows) if ((byName.get(textKey(r.name)) ?? 0) > 1 && r.group) r.name = `${r.name} (${r.group})`;
  const again = count((r) => textKey(r.name));
  for (const r of rows) if ((again.get(textKey(r.name)) ?? 0) > 1) r.name = `${r.name} (dòng ${r.row + 1})`;
}

function cellFindings(grid: ExportGrid, source: string, columns: readonly ExportColumn[], rows: readonly ExportRow[]): Finding[] {
  const findings: Finding[] = [];
  const sheet = grid.sheet;
  columns.forEach((column, i) => {
    const f = fieldOf(column);
    if (f === null || f === 'stt' || f === 'field') return;
    const blanks = rows.filter((r) => r.values[i] === null);
    if (blanks.length > 0 && TARGET_OF[f] !== null && f !== 'returned') {
      findings.push(
        exportFinding({ source, sheet, row: blanks[0].row, column: column.column }, 'warning', columnMessage(column),
          msg('import.blankAsZero', { column: columnMessage(column), count: blanks.length, rows: blanks.map((r) => r.row + 1) }),
          msg('import.blankAsZero.fix'), 'import.bieu06.blankAsZero'),
      );
    }
    for (const r of rows) {
      const v = r.values[i];
      if (v === null) continue;
      const at = { source, sheet, row: r.row, column: column.column };
      if (Number.isNaN(v)) {
        findings.push(exportFinding(at, 'error', columnMessage(column),
          msg('import.unreadable', { name: r.name, column: columnMessage(column), text: displayText(cellOf(grid, r.row, column.column)) }),
          msg('import.unreadable.fix'), 'import.bieu06.unreadable'));
      } else if (!Number.isInteger(v) || v < 0) {
        findings.push(exportFinding(at, 'error', columnMessage(column),
          msg('import.notCount', { name: r.name, column: columnMessage(column), value: v }), msg('import.notCount.fix'), 'import.bieu06.notCount'));
      }
    }
  });
  return findings;
}

function readSheet(grid: ExportGrid, source: string): ReadResult | null {
  const block = headerBlock(grid);
  if (!block) return null;
  const numbering = isNumberingRow(grid, block.bottom + 1) ? block.bottom + 1 : null;
  const columns = readColumns(grid, block.top, block.bottom, numbering);
  const problems = mappingProblems(columns);
  if (problems.length > 0) return { ok: false, problems: problems.map((problem) => msg('import.onSheet', { sheet: grid.sheet, problem })) };
  const start = (numbering ?? block.bottom) + 1;
  const read = readRows(grid, source, start, columns);
  uniqueNames(read.rows);
  const findings: Finding[] = [...read.findings];
  for (const c of columns) {
    if (c.classified.kind !== 'unknown') continue;
    findings.push(exportFinding({ source, sheet: grid.sheet, row: block.top, column: c.column }, 'warning', columnMessage(c),
      msg('import.unknownColumn', { column: columnMessage(c) }), msg('import.unknownColumn.fix'), 'import.bieu06.unknownColumn'));
  }
  if (read.totalsRows.length > 1) {
    const extra = read.totalsRows[1];
    findings.push(exportFinding({ source, sheet: grid.sheet, row: extra.row, column: columns[0].column }, 'warning', null,
      msg('import.totalsRows', { count: read.totalsRows.length, first: read.totalsRows[0].row + 1 }), null, 'import.bieu06.totalsRows'));
  }
  findings.push(...cellFindings(grid, source, columns, [...read.rows, ...read.totalsRows]));
  if (read.rows.length === 0) return { ok: false, problems: [msg('import.onSheet', { sheet: grid.sheet, problem: msg('import.noRows') })] };
  return {
    ok: true,
    reading: { source, sheet: grid.sheet, columns, rows: read.rows, totals: read.totalsRows[0] ?? null, groups: read.groups, findings },
  };
}

/**
 * Reads a Biểu 06 export: the first sheet whose header block is recognised. What cannot be
 * mapped is refused with the reason, naming the column; nothing is guessed.
 */
export function readBieu06(grids: readonly ExportGrid[], source: string): ReadResult {
  const problems: Msg[] = [];
  for (const grid of grids) {
    const result = readSheet(grid, source);
    if (result?.ok) return result;
    if (result) problems.push(...result.problems);
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: false,
    problems: [msg('import.notFound', { file: source })],
  };
}

/** The mapping as the preview shows it: each export column and where it goes. */
export function mappingLines(reading: ExportReading): MappingLine[] {
  return reading.columns.map((c) => ({
    column: columnMessage(c),
    target:
      c.classified.kind === 'field'
        ? targetMessage(c.classified.field)
        : c.classified.kind === 'ignored'
          ? msg(`import.target.ignored.${c.classified.reason}`)
          : msg('import.target.unknown'),
  }));
}

/** A line of the mapping: an export column and where it goes (messages, rendered in the reader's language). */
export interface MappingLine {
  column: Msg;
  target: Msg;
}

/** What the pane shows before importing: the reading, its mapping and the export's own findings. */
export type ExportPreview =
  | { ok: true; reading: ExportReading; mapping: MappingLine[]; exportFindings: Finding[] }
  | { ok: false; problems: Msg[] };
