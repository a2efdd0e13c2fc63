import { CATALOGUES, CATALOGUE_SHEET } from './catalogues';
import { NUMBER_FORMAT as F } from './formats';
import { INFO_SHEET } from './header';
import { DATA_TABLES } from './tables';
import type { CatalogueColumnSpec } from './types';

/**
 * The contract's format version, stored in the workbook. 2 added the optional column
 * "Đơn vị báo cáo" to every data table and the "Nguồn" sheet of consolidated workbooks.
 */
export const FORMAT_VERSION = 2;

/** Namespace of the custom XML part that records the format version. */
export const FORMAT_XML_NAMESPACE = 'urn:tongket:workbook';

export function formatXml(version: number): string {
  return `<tongket xmlns="${FORMAT_XML_NAMESPACE}"><formatVersion>${version}</formatVersion></tongket>`;
}

/** Reads the version back from the part's XML; null when it is not ours or unreadable. */
export function parseFormatXml(xml: string): number | null {
  const match = /<formatVersion>\s*(\d+)\s*<\/formatVersion>/.exec(xml);
  return match ? Number(match[1]) : null;
}

export const SUMMARY_SHEET = 'Tổng hợp';
/**
 * A defined name on the summary sheet's A1, set when Tổng kết creates that sheet: only a
 * sheet so marked is ever cleared and rewritten ("Tổng hợp" is a common name for a clerk's
 * own sheet).
 */
export const SUMMARY_MARKER_NAME = 'TongKet_TrangTongHop';
export const CHECK_SHEET = 'Kiểm tra';

/** Data sheets: title in row 1, column notes in row 2, table header in row 3. */
export const TITLE_ROW = 0;
export const NOTE_ROW = 1;
export const TABLE_HEADER_ROW = 2;

/** Catalogue tables stand side by side on "Danh mục", one empty column between them. */
export function catalogueFirstColumn(index: number): number {
  let column = 0;
  for (let i = 0; i < index; i++) column += CATALOGUES[i].columns.length + 1;
  return column;
}

/** Sheets in workbook order. */
export const SHEET_ORDER: readonly string[] = [
  INFO_SHEET,
  ...DATA_TABLES.map((t) => t.sheet),
  SUMMARY_SHEET,
  CHECK_SHEET,
  CATALOGUE_SHEET,
];

export const CHECK_TABLE = {
  name: 'KiemTra',
  sheet: CHECK_SHEET,
  headerRow: 5,
  columns: [
    { key: 'severity', header: 'Mức độ', type: 'text', numberFormat: F.text, width: 10 },
    { key: 'sheet', header: 'Trang tính', type: 'text', numberFormat: F.text, width: 16 },
    { key: 'cell', header: 'Ô', type: 'text', numberFormat: F.text, width: 8 },
    { key: 'column', header: 'Cột', type: 'text', numberFormat: F.text, width: 22 },
    { key: 'message', header: 'Nội dung', type: 'text', numberFormat: F.text, width: 60 },
    { key: 'suggestion', header: 'Gợi ý', type: 'text', numberFormat: F.text, width: 40 },
    { key: 'basis', header: 'Căn cứ', type: 'text', numberFormat: F.text, width: 40 },
  ] as readonly CatalogueColumnSpec[],
} as const;

/**
 * Sheet "Nguồn" of a consolidated workbook: one row per merged unit workbook, so a recipient
 * can tell what was added up. Created by the first merge, not by "Tạo bảng mẫu".
 */
export const SOURCE_SHEET = 'Nguồn';
export const SOURCE_TABLE = {
  name: 'NguonGop',
  sheet: SOURCE_SHEET,
  title: 'NGUỒN SỐ LIỆU ĐÃ GỘP',
  headerRow: TABLE_HEADER_ROW,
  columns: [
    { key: 'unit', header: 'Đơn vị báo cáo', type: 'text', numberFormat: F.text, width: 32 },
    { key: 'periodFrom', header: 'Kỳ báo cáo từ ngày', type: 'date', numberFormat: F.date, width: 14 },
    { key: 'periodTo', header: 'Kỳ báo cáo đến ngày', type: 'date', numberFormat: F.date, width: 14 },
    { key: 'reportDate', header: 'Ngày báo cáo', type: 'date', numberFormat: F.date, width: 14 },
    ...DATA_TABLES.map((t) => ({ key: `rows.${t.name}`, header: `Số dòng ${t.sheet}`, type: 'integer', numberFormat: F.integer, width: 12 })),
    { key: 'file', header: 'Tệp', type: 'text', numberFormat: F.text, width: 28 },
    { key: 'mergedAt', header: 'Thời điểm gộp', type: 'date', numberFormat: 'dd/mm/yyyy hh:mm', width: 17 },
    { key: 'sha256', header: 'SHA-256', type: 'text', numberFormat: F.text, width: 66 },
  ] as readonly CatalogueColumnSpec[],
} as const;

/**
 * Sheet "Năm trước": last year's key figures, copied from last year's workbook by "So sánh
 * với năm trước" so that the emailed workbook stands alone. One row per figure, by its
 * stable key; "Tổng hợp" reads them with INDEX/MATCH.
 */
export const PREVIOUS_SHEET = 'Năm trước';
export const PREVIOUS_TABLE = {
  name: 'NamTruoc',
  sheet: PREVIOUS_SHEET,
  title: 'SỐ LIỆU NĂM TRƯỚC (ĐỂ SO SÁNH)',
  headerRow: TABLE_HEADER_ROW,
  columns: [
    { key: 'key', header: 'Mã', type: 'text', numberFormat: F.text, width: 26 },
    { key: 'label', header: 'Chỉ tiêu', type: 'text', numberFormat: F.text, width: 50 },
    { key: 'year', header: 'Năm', type: 'integer', numberFormat: '0', width: 8 },
    { key: 'value', header: 'Giá trị', type: 'decimal', numberFormat: F.general, width: 18 },
  ] as readonly CatalogueColumnSpec[],
} as const;

/** Fill of computed (formula) columns: the add-in writes them, the user does not. */
export const COMPUTED_FILL = '#E8EEF7';
export const HEADER_FILL = '#1F4E79';
export const HEADER_FONT = '#FFFFFF';
export const NOTE_FONT = '#595959';
export const ERROR_FILL = '#F8CBAD';
