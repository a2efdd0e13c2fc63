import type { PackageFiles } from './zipPackage';

/**
 * Parts of an .xlsx package that exceljs does not carry through a read and a write. The
 * command line refuses to rewrite a workbook that holds any of them: the user would lose
 * them silently. Cell notes (xl/commentsN.xml) are kept by exceljs and are not listed.
 */
const DROPPED_PARTS: readonly { pattern: RegExp; label: string }[] = [
  { pattern: /^xl\/charts\//, label: 'biểu đồ (chart)' },
  { pattern: /^xl\/chartsheets\//, label: 'trang biểu đồ (chart sheet)' },
  { pattern: /^xl\/drawings\/drawing\d+\.xml$/, label: 'hình vẽ, hình ảnh hoặc biểu đồ đặt trên trang tính (drawing)' },
  { pattern: /^xl\/media\//, label: 'hình ảnh (image)' },
  { pattern: /^xl\/pivotTables\//, label: 'bảng PivotTable' },
  { pattern: /^xl\/pivotCache\//, label: 'bộ nhớ đệm PivotTable (pivot cache)' },
  { pattern: /^xl\/vbaProject\.bin$/, label: 'macro VBA' },
  { pattern: /^xl\/slicers\//, label: 'slicer' },
  { pattern: /^xl\/slicerCaches\//, label: 'slicer' },
  { pattern: /^xl\/timelines\//, label: 'timeline' },
  { pattern: /^xl\/timelineCaches\//, label: 'timeline' },
  { pattern: /^xl\/externalLinks\//, label: 'liên kết tới sổ Excel khác (external link)' },
  { pattern: /^xl\/threadedComments\//, label: 'chú thích dạng hội thoại (threaded comment)' },
  { pattern: /^xl\/embeddings\//, label: 'đối tượng nhúng (embedded object)' },
  { pattern: /^xl\/ctrlProps\//, label: 'điều khiển biểu mẫu (form control)' },
  { pattern: /^xl\/connections\.xml$/, label: 'kết nối dữ liệu ngoài (data connection)' },
  { pattern: /^xl\/queryTables\//, label: 'bảng truy vấn dữ liệu ngoài (query table)' },
  { pattern: /^xl\/model\//, label: 'mô hình dữ liệu Power Pivot (data model)' },
];

/**
 * Vietnamese labels of what the package holds that a rewrite would drop, without repeats.
 * `leftOut` are parts the rewrite may drop on purpose (the charts on "Tổng hợp").
 */
export function unsupportedParts(zip: PackageFiles, leftOut: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    if (zip.files[path].dir || leftOut.has(path)) continue;
    for (const part of DROPPED_PARTS) {
      if (part.pattern.test(path)) found.add(part.label);
    }
  }
  return [...found];
}
