/**
 * Biểu 06 exports as one-stop systems print them, built by code from the layout of Biểu số
 * II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP) and the variants vendors produce: title rows,
 * merged two- or three-level headers, a numbering row, group rows, a "Tổng cộng" row, a
 * signature block, numbers typed as text, NFD text, other column orders, extra columns.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain/snapshot';
import type { ExportGrid, MergedRange } from '../../src/domain/import/bieu06';

/** One lĩnh vực's figures (inPerson counts in person; postal by post). */
export interface FieldFigures {
  name: string;
  online: number;
  inPerson: number;
  postal: number;
  carriedOver: number;
  early: number;
  onTime: number;
  late: number;
  pendingWithin: number;
  pendingOverdue: number;
  returned: number;
}

/** A provincial department's year, realistic sizes (thousands for land, tens for the rest). */
export const FIELDS: FieldFigures[] = [
  { name: 'Đất đai', online: 8214, inPerson: 3920, postal: 112, carriedOver: 1015, early: 6120, onTime: 5480, late: 37, pendingWithin: 1490, pendingOverdue: 95, returned: 139 },
  { name: 'Môi trường', online: 312, inPerson: 41, postal: 3, carriedOver: 27, early: 250, onTime: 96, late: 2, pendingWithin: 31, pendingOverdue: 0, returned: 4 },
  { name: 'Tài nguyên nước', online: 58, inPerson: 12, postal: 0, carriedOver: 6, early: 40, onTime: 27, late: 1, pendingWithin: 8, pendingOverdue: 0, returned: 0 },
  { name: 'Trồng trọt và bảo vệ thực vật', online: 1204, inPerson: 210, postal: 18, carriedOver: 44, early: 1100, onTime: 320, late: 0, pendingWithin: 52, pendingOverdue: 1, returned: 3 },
  { name: 'Thủy lợi', online: 23, inPerson: 9, postal: 1, carriedOver: 2, early: 15, onTime: 16, late: 1, pendingWithin: 3, pendingOverdue: 0, returned: 0 },
];

export const received = (f: FieldFigures) => f.online + f.inPerson + f.postal + f.carriedOver;
export const resolved = (f: FieldFigures) => f.early + f.onTime + f.late;
export const pending = (f: FieldFigures) => f.pendingWithin + f.pendingOverdue;

export interface ExportColumn {
  /** header texts, top level first; a shorter path is merged down to the last header row */
  path: string[];
  value(f: FieldFigures): number | string;
}

const c = (path: string[], value: (f: FieldFigures) => number | string): ExportColumn => ({ path, value });

const RECEIVED = 'Số hồ sơ nhận giải quyết';
const RESOLVED = 'Số hồ sơ đã giải quyết';
const PENDING = 'Số hồ sơ đang giải quyết';

/** The circular's 13 columns, in its order. */
export const CIRCULAR_COLUMNS: ExportColumn[] = [
  c(['STT'], () => ''),
  c(['Lĩnh vực, công việc giải quyết theo cấp'], (f) => f.name),
  c([RECEIVED, 'Tổng số'], received),
  c([RECEIVED, 'Số kỳ trước chuyển qua'], (f) => f.carriedOver),
  c([RECEIVED, 'Số mới tiếp nhận trực tuyến'], (f) => f.online),
  c([RECEIVED, 'Số mới tiếp nhận trực tiếp, dịch vụ bưu chính'], (f) => f.inPerson + f.postal),
  c([RESOLVED, 'Tổng số'], resolved),
  c([RESOLVED, 'Trả trước hạn'], (f) => f.early),
  c([RESOLVED, 'Trả đúng thời hạn'], (f) => f.onTime),
  c([RESOLVED, 'Trả quá hạn'], (f) => f.late),
  c([PENDING, 'Tổng số'], pending),
  c([PENDING, 'Trong hạn'], (f) => f.pendingWithin),
  c([PENDING, 'Quá hạn'], (f) => f.pendingOverdue),
];

/**
 * A vendor's three-level layout in another order: abbreviations, line breaks, postal apart,
 * returned and awaiting-supplement columns, and an on-time rate.
 */
export const VENDOR_COLUMNS: ExportColumn[] = [
  c(['TT'], () => ''),
  c(['Tên lĩnh vực'], (f) => f.name),
  c(['Số HS nhận giải quyết', 'Tổng số'], received),
  c(['Số HS nhận giải quyết', 'Trong đó', 'Số mới tiếp nhận\ntrực tuyến'], (f) => f.online),
  c(['Số HS nhận giải quyết', 'Trong đó', 'Số mới tiếp nhận\ntrực tiếp'], (f) => f.inPerson),
  c(['Số HS nhận giải quyết', 'Trong đó', 'Số mới tiếp nhận qua BCCI'], (f) => f.postal),
  c(['Số HS nhận giải quyết', 'Trong đó', 'Số kỳ trước chuyển qua'], (f) => f.carriedOver),
  c(['Kết quả giải quyết', 'Số HS đã giải quyết', 'Tổng số'], resolved),
  c(['Kết quả giải quyết', 'Số HS đã giải quyết', 'Trước hạn'], (f) => f.early),
  c(['Kết quả giải quyết', 'Số HS đã giải quyết', 'Đúng hạn\n(bao gồm cả hồ sơ chờ bổ sung và trả lại/xin rút)'], (f) => f.onTime),
  c(['Kết quả giải quyết', 'Số HS đã giải quyết', 'Quá hạn'], (f) => f.late),
  c(['Kết quả giải quyết', 'Số HS đang giải quyết', 'Tổng số'], pending),
  c(['Kết quả giải quyết', 'Số HS đang giải quyết', 'Chưa đến hạn'], (f) => f.pendingWithin),
  c(['Kết quả giải quyết', 'Số HS đang giải quyết', 'Quá hạn'], (f) => f.pendingOverdue),
  c(['Chờ bổ sung (lũy kế cả kỳ trước)'], () => 7),
  c(['Trả lại/Rút HS'], (f) => f.returned),
  c(['Tỷ lệ đúng hạn (%)'], (f) => ((f.early + f.onTime) / Math.max(1, resolved(f))) * 100),
];

export interface ExportLayout {
  sheet?: string;
  columns: ExportColumn[];
  rows: FieldFigures[];
  /** group rows ("I. Cấp tỉnh") and the rows under each; replaces `rows` */
  groups?: { label: string; rows: FieldFigures[]; subtotal?: boolean }[];
  numbering?: boolean;
  totals?: 'first' | 'last' | 'none';
  /** changes the totals row's figure of a column (by index) after summing, as a vendor bug would */
  totalsBug?: { column: number; delta: number };
  /** changes one row's figure of a column (by index) */
  rowBug?: { row: number; column: number; delta: number };
  /** rows whose figures are written as text with Vietnamese thousands dots ("8.214") */
  textNumbers?: boolean;
  nfd?: boolean;
  signature?: boolean;
}

const TITLE = [
  'Biểu số II.06a/VPCP/KSTT',
  'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC',
  'Kỳ báo cáo: Năm 2025 (từ ngày 15/12/2024 đến ngày 14/12/2025)',
  'Đơn vị báo cáo: Sở Nông nghiệp và Môi trường tỉnh Quảng Trị',
  'Đơn vị tính: Số hồ sơ TTHC',
];

function vietnameseText(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export interface BuiltExport {
  grid: ExportGrid;
  /** 0-based row of the totals row, when written */
  totalsRow: number | null;
  headerTop: number;
}

/** The export as a grid (cells and merges), exactly as the .xlsx holds it. */
export function buildExport(layout: ExportLayout): BuiltExport {
  const width = layout.columns.length;
  const text = (s: string) => (layout.nfd ? s.normalize('NFD') : s);
  const cells: CellValue[][] = [];
  const merges: MergedRange[] = [];
  for (const t of TITLE) {
    merges.push({ top: cells.length, left: 0, bottom: cells.length, right: width - 1 });
    cells.push([text(t), ...Array<CellValue>(width - 1).fill(null)]);
  }
  cells.push(Array<CellValue>(width).fill(null));
  const headerTop = cells.length;
  const depth = Math.max(...layout.columns.map((col) => col.path.length));
  for (let level = 0; level < depth; level++) {
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    let col = 0;
    while (col < width) {
      const path = layout.columns[col].path;
      if (level >= path.length) {
        col++;
        continue;
      }
      const key = path.slice(0, level + 1).join('\u0000');
      let end = col;
      while (end + 1 < width && layout.columns[end + 1].path.slice(0, level + 1).join('\u0000') === key && layout.columns[end + 1].path.length > level) end++;
      row[col] = text(path[level]);
      const bottom = level === path.length - 1 ? depth - 1 : level;
      if (end > col || bottom > level) merges.push({ top: headerTop + level, left: col, bottom: headerTop + bottom, right: end });
      col = end + 1;
    }
    cells.push(row);
  }
  if (layout.numbering) cells.push(layout.columns.map((_, i) => `(${i + 1})`));
  const value = (f: FieldFigures, i: number): CellValue => {
    const v = layout.columns[i].value(f);
    return typeof v === 'number' && layout.textNumbers && v >= 1000 ? vietnameseText(v) : v;
  };
  const numericColumns = layout.columns.map((col) => typeof col.value(layout.rows[0] ?? FIELDS[0]) === 'number');
  const sumRow = (rows: FieldFigures[], label: string): CellValue[] =>
    layout.columns.map((col, i) => {
      if (i === 1) return text(label);
      if (!numericColumns[i]) return null;
      if (/t[ỷỉ] l[ệê]/i.test(col.path.join(' '))) return null;
      return rows.reduce((s, f) => s + Number(col.value(f)), 0);
    });
  const all = layout.groups ? layout.groups.flatMap((g) => g.rows) : layout.rows;
  const totals = sumRow(all, 'Tổng cộng');
  if (layout.totalsBug) totals[layout.totalsBug.column] = Number(totals[layout.totalsBug.column]) + layout.totalsBug.delta;
  let totalsRow: number | null = null;
  if (layout.totals === 'first') {
    totalsRow = cells.length;
    cells.push(totals);
  }
  let stt = 0;
  let dataIndex = 0;
  const pushRow = (f: FieldFigures) => {
    const row = layout.columns.map((_, i) => (i === 0 ? ++stt : i === 1 ? text(f.name) : value(f, i)));
    if (layout.rowBug && layout.rowBug.row === dataIndex) row[layout.rowBug.column] = Number(layout.columns[layout.rowBug.column].value(f)) + layout.rowBug.delta;
    dataIndex++;
    cells.push(row);
  };
  if (layout.groups) {
    const roman = ['I', 'II', 'III', 'IV'];
    layout.groups.forEach((g, k) => {
      const row = g.subtotal ? sumRow(g.rows, g.label) : layout.columns.map((_, i) => (i === 1 ? text(g.label) : null));
      row[0] = roman[k];
      cells.push(row);
      stt = 0;
      g.rows.forEach(pushRow);
    });
  } else layout.rows.forEach(pushRow);
  if (layout.totals === 'last') {
    totalsRow = cells.length;
    cells.push(totals);
  }
  if (layout.signature) {
    cells.push(Array<CellValue>(width).fill(null));
    const line = (left: string, right: string): CellValue[] => layout.columns.map((_, i) => (i === 1 ? text(left) : i === width - 4 ? text(right) : null));
    cells.push(line('', 'Quảng Trị, ngày 20 tháng 12 năm 2025'));
    cells.push(line('NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ'));
    cells.push(line('(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)'));
    cells.push(line('Nguyễn Thị Lan', 'Trần Văn Hùng'));
  }
  return { grid: { sheet: layout.sheet ?? 'Bieu06', cells, merges }, totalsRow, headerTop };
}

/** The same export as an .xlsx file's bytes. */
export async function exportXlsx(layout: ExportLayout): Promise<Buffer> {
  const { grid } = buildExport(layout);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(grid.sheet);
  grid.cells.forEach((row, r) => row.forEach((v, col) => {
    if (v !== null) sheet.getCell(r + 1, col + 1).value = v;
  }));
  for (const m of grid.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The layout the "done when" names: the circular's order, merged two-level headers, text numbers. */
export const CIRCULAR_EXPORT: ExportLayout = {
  columns: CIRCULAR_COLUMNS,
  rows: FIELDS,
  numbering: true,
  totals: 'last',
  textNumbers: true,
  signature: true,
};
