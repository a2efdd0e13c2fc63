/** Text of the "Nhập Biểu 06" panel, loaded with the panel (not with the pane's first screen). */
import type { Language } from '../i18n';

const vi = {
  choose: 'Chọn tệp Biểu 06…',
  chooseHint: 'Tệp .xlsx xuất từ hệ thống một cửa (Biểu số II.06a/VPCP/KSTT). Tệp chỉ được đọc, không bị sửa.',
  reading: 'Đang đọc tệp…',
  cannotRead: 'Không nhập được tệp này',
  found: (file: string, sheet: string, rows: number, totals: string | null) =>
    `Tệp "${file}", trang "${sheet}": ${rows} dòng số liệu; ${totals ? `dòng "${totals}" dùng để đối chiếu, không nhập` : 'không có dòng tổng cộng'}.`,
  mappingTitle: 'Cách hiểu các cột của biểu',
  exportColumn: 'Cột của biểu',
  tableColumn: 'Vào bảng TTHC',
  totalsClean: 'Biểu tự khớp: dòng tổng cộng và các cột "Tổng số" bằng tổng các phần.',
  totalsFindings: (n: number) => `Biểu có ${n} chỗ không khớp hoặc cần lưu ý (vẫn nhập được; ghi vào trang "Kiểm tra"):`,
  willDo: (added: number, replaced: number, unchanged: number) =>
    `Sẽ thêm ${added} dòng, cập nhật ${replaced} dòng đã nhập trước đây; ${unchanged} dòng đã đúng số của biểu.`,
  importNotes: 'Lưu ý khi nhập:',
  setupFirstTitle: 'Sổ chưa có đủ bảng mẫu',
  setupFirst:
    'Khi bấm nhập, Tổng kết tạo các trang và bảng theo mẫu trước (như nút "Tạo bảng mẫu": không xóa, không ghi đè dữ liệu đã có), rồi nhập biểu vào bảng TTHC.',
  setupDone: (n: number) => `Đã tạo bảng mẫu trước khi nhập (${n} mục mới, không ghi đè dữ liệu đã có).`,
  refused: 'Chưa nhập được vào sổ này',
  importButton: 'Nhập vào bảng TTHC',
  importing: 'Đang nhập…',
  doneTitle: (added: number, replaced: number) => `Đã nhập: thêm ${added} dòng, cập nhật ${replaced} dòng`,
  doneNothing: 'Bảng TTHC đã đúng số của biểu; không có gì thay đổi',
  doneText: (errors: number, warnings: number) => `Kiểm tra sổ sau khi nhập: ${errors} lỗi, ${warnings} cảnh báo (xem trang "Kiểm tra").`,
};

type ImportStrings = typeof vi;

const en: ImportStrings = {
  choose: 'Choose the Biểu 06 file…',
  chooseHint: 'An .xlsx exported by the one-stop system (Biểu số II.06a/VPCP/KSTT). The file is only read, never changed.',
  reading: 'Reading the file…',
  cannotRead: 'This file cannot be imported',
  found: (file, sheet, rows, totals) =>
    `File "${file}", sheet "${sheet}": ${rows} data rows; ${totals ? `row "${totals}" used for the check, not imported` : 'no totals row'}.`,
  mappingTitle: 'How the export’s columns are read',
  exportColumn: 'Export column',
  tableColumn: 'TTHC table',
  totalsClean: 'The export adds up: its totals row and "Tổng số" columns equal the sums of their parts.',
  totalsFindings: (n) => `The export has ${n} differences or notes (it can still be imported; they go to the "Kiểm tra" sheet):`,
  willDo: (added, replaced, unchanged) => `Will add ${added} rows and update ${replaced} rows imported before; ${unchanged} rows already hold the export’s figures.`,
  importNotes: 'Import notes:',
  setupFirstTitle: 'The workbook’s template is not complete yet',
  setupFirst:
    'Importing first creates the template’s sheets and tables (as "Create template" does: nothing deleted or overwritten), then imports the export into the TTHC table.',
  setupDone: (n) => `Created the template before importing (${n} new items; nothing overwritten).`,
  refused: 'Cannot import into this workbook yet',
  importButton: 'Import into the TTHC table',
  importing: 'Importing…',
  doneTitle: (added, replaced) => `Imported: ${added} rows added, ${replaced} rows updated`,
  doneNothing: 'The TTHC table already holds the export’s figures; nothing changed',
  doneText: (errors, warnings) => `Check after the import: ${errors} errors, ${warnings} warnings (see the "Kiểm tra" sheet).`,
};

export function importStrings(language: Language): ImportStrings {
  return language === 'vi' ? vi : en;
}
