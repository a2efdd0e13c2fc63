/** Text of the "Gộp sổ đơn vị" and "So sánh với năm trước" panels, loaded with the panel (not with the pane's first screen). */
import type { Language } from '../i18n';

const vi = {
  merge: {
    choose: 'Chọn sổ đơn vị…',
    chooseHint: 'Chọn một hoặc nhiều tệp .xlsx của các đơn vị, cùng kỳ báo cáo. Tệp chỉ được đọc trên máy này, không gửi đi đâu, không bị sửa.',
    reading: (index: number, total: number, file: string) => `Đang đọc tệp ${index}/${total}: "${file}"…`,
    merging: (total: number) => `Đang gộp ${total} sổ vào sổ này…`,
    refused: 'Không gộp sổ nào; sổ này giữ nguyên',
    doneTitle: (units: number, from: string, to: string) => `Đã gộp ${units} sổ đơn vị (kỳ ${from} – ${to})`,
    unit: 'Đơn vị',
    added: 'Thêm',
    replaced: 'Thay',
    perTable: (parts: string) => `Theo trang: ${parts}`,
    unitFindings: (errors: number, warnings: number) => `Sổ đơn vị có ${errors} lỗi, ${warnings} cảnh báo — số liệu vẫn được gộp.`,
    catalogue: 'Danh mục khác sổ này (dùng danh mục của sổ này):',
    sources: 'Nguồn số liệu ở trang "Nguồn": đơn vị, kỳ, ngày báo cáo, số dòng, thời điểm gộp, SHA-256 của tệp.',
    computed: (errors: number, warnings: number) => `Đã tính lại tổng hợp. Kiểm tra sổ này: ${errors} lỗi, ${warnings} cảnh báo (xem trang "Kiểm tra").`,
  },
  compare: {
    choose: 'Chọn sổ năm trước…',
    chooseHint: 'Tệp .xlsx Tổng kết của năm trước. Tệp chỉ được đọc trên máy này, không gửi đi đâu, không bị sửa.',
    reading: (file: string) => `Đang đọc tệp "${file}"…`,
    comparing: 'Đang lưu số liệu năm trước và tính lại tổng hợp…',
    refused: 'Chưa so sánh được; sổ này giữ nguyên',
    doneTitle: (year: number) => `Đã so sánh với năm ${year}`,
    doneText: (year: number, figures: number) =>
      `Đã lưu ${figures} chỉ tiêu của năm ${year} vào trang "Năm trước" và tính lại tổng hợp; mức tăng, giảm ở mục "So sánh với năm ${year}" trang "Tổng hợp".`,
  },
};

type ConsolidateStrings = typeof vi;

const en: ConsolidateStrings = {
  merge: {
    choose: 'Choose unit workbooks…',
    chooseHint: 'One or more units’ .xlsx files of the same report period. The files are only read on this computer, never sent anywhere, never changed.',
    reading: (index, total, file) => `Reading file ${index}/${total}: "${file}"…`,
    merging: (total) => `Merging ${total} workbooks into this one…`,
    refused: 'Nothing was merged; this workbook is unchanged',
    doneTitle: (units, from, to) => `Merged ${units} unit workbooks (period ${from} – ${to})`,
    unit: 'Unit',
    added: 'Added',
    replaced: 'Replaced',
    perTable: (parts) => `By sheet: ${parts}`,
    unitFindings: (errors, warnings) => `The unit’s workbook has ${errors} errors, ${warnings} warnings — its figures were merged anyway.`,
    catalogue: 'Catalogue entries that differ from this workbook’s (this workbook’s are used):',
    sources: 'Sources are listed on the "Nguồn" sheet: unit, period, report date, rows, time of merge, SHA-256 of the file.',
    computed: (errors, warnings) => `The summary was recomputed. Check of this workbook: ${errors} errors, ${warnings} warnings (see the "Kiểm tra" sheet).`,
  },
  compare: {
    choose: 'Choose last year’s workbook…',
    chooseHint: 'Last year’s Tổng kết .xlsx file. It is only read on this computer, never sent anywhere, never changed.',
    reading: (file) => `Reading "${file}"…`,
    comparing: 'Storing last year’s figures and recomputing the summary…',
    refused: 'Could not compare; this workbook is unchanged',
    doneTitle: (year) => `Compared with ${year}`,
    doneText: (year, figures) => `${figures} key figures of ${year} were stored on the "Năm trước" sheet and the summary recomputed; the changes are in "So sánh với năm ${year}" on "Tổng hợp".`,
  },
};

export function consolidateStrings(language: Language): ConsolidateStrings {
  return language === 'vi' ? vi : en;
}
