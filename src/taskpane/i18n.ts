/** Task-pane text: Vietnamese by default, English when Office's display language is not Vietnamese. */

export type Language = 'vi' | 'en';

export function languageOf(displayLanguage: string): Language {
  return displayLanguage.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

const vi = {
  appTitle: 'Tổng kết',
  appSubtitle: 'Số liệu báo cáo tổng kết năm',
  createTemplate: 'Tạo bảng mẫu',
  createTemplateHint: 'Tạo hoặc bổ sung các trang, bảng, danh mục theo mẫu. Không xóa, không ghi đè dữ liệu đã nhập.',
  checkData: 'Kiểm tra dữ liệu',
  computeSummary: 'Tính tổng hợp',
  working: 'Đang thực hiện…',
  stepRead: 'Đang đọc sổ tính…',
  stepWrite: 'Đang ghi vào sổ tính…',
  stepCheck: 'Đang kiểm tra…',
  stepCompute: 'Đang tính…',
  setupDone: 'Đã tạo xong bảng mẫu.',
  setupNothing: 'Sổ tính đã đủ các trang và bảng theo mẫu; không có gì phải tạo thêm.',
  createdItems: (n: number) => `Đã tạo ${n} mục:`,
  conflictsTitle: (n: number) => `${n} chỗ cần người dùng xử lý (không ghi đè):`,
  noValidation: 'Phiên bản Excel này chưa hỗ trợ kiểm tra nhập liệu trực tiếp trong ô (cần Excel 2021 trở lên); nút "Kiểm tra dữ liệu" vẫn kiểm tra đầy đủ.',
  errorTitle: 'Không thực hiện được',
  errorDetail: 'Chi tiết kỹ thuật',
  errorResume: 'Sổ tính không bị mất dữ liệu. Có thể bấm lại nút để làm tiếp phần còn dở.',
  notInExcel: 'Ngăn Tổng kết cần chạy trong Excel.',
  errors: {
    ItemNotFound: 'Không tìm thấy trang tính, bảng hoặc ô cần dùng; có thể chúng vừa bị xóa hoặc đổi tên.',
    InvalidArgument: 'Excel không nhận một thao tác do giá trị không hợp lệ.',
    InvalidOperation: 'Excel không cho phép thao tác này ở trạng thái hiện tại của sổ tính.',
    InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc rồi thử lại.',
    RequestPayloadSizeLimitExceeded: 'Dữ liệu quá lớn cho một lần gửi tới Excel.',
    ApiNotFound: 'Phiên bản Excel này chưa hỗ trợ thao tác cần dùng.',
    AccessDenied: 'Sổ tính đang được bảo vệ hoặc chỉ đọc; hãy bỏ bảo vệ rồi thử lại.',
    GeneralException: 'Excel gặp lỗi khi thực hiện thao tác.',
    Unknown: 'Đã xảy ra lỗi không xác định.',
  } as Record<string, string>,
  detailCode: 'Mã lỗi',
  detailLocation: 'Vị trí',
  detailMessage: 'Thông báo của Excel',
};

export type Strings = typeof vi;

const en: Strings = {
  appTitle: 'Tổng kết',
  appSubtitle: 'Year-end report figures',
  createTemplate: 'Create template',
  createTemplateHint: 'Creates or completes the sheets, tables and catalogues of the template. Never deletes or overwrites entered data.',
  checkData: 'Check data',
  computeSummary: 'Compute summary',
  working: 'Working…',
  stepRead: 'Reading the workbook…',
  stepWrite: 'Writing to the workbook…',
  stepCheck: 'Checking…',
  stepCompute: 'Computing…',
  setupDone: 'The template is ready.',
  setupNothing: 'The workbook already has every sheet and table of the template; nothing to add.',
  createdItems: (n: number) => `Created ${n} items:`,
  conflictsTitle: (n: number) => `${n} places need your decision (nothing overwritten):`,
  noValidation: 'This Excel version has no in-cell data validation API (Excel 2021 or later needed); "Check data" still checks everything.',
  errorTitle: 'Could not complete',
  errorDetail: 'Technical details',
  errorResume: 'No data was lost. Click the button again to finish what was left.',
  notInExcel: 'The Tổng kết pane must run inside Excel.',
  errors: {
    ItemNotFound: 'A sheet, table or cell it needs was not found; it may have just been deleted or renamed.',
    InvalidArgument: 'Excel refused an operation because of an invalid value.',
    InvalidOperation: 'Excel does not allow this operation in the workbook’s current state.',
    InvalidOperationInCellEditMode: 'Excel is in cell-edit mode. Press Enter or Esc, then try again.',
    RequestPayloadSizeLimitExceeded: 'The data is too large for one request to Excel.',
    ApiNotFound: 'This Excel version does not support a needed operation.',
    AccessDenied: 'The workbook is protected or read-only; unprotect it and try again.',
    GeneralException: 'Excel hit an error while performing the operation.',
    Unknown: 'An unknown error occurred.',
  },
  detailCode: 'Error code',
  detailLocation: 'Location',
  detailMessage: 'Excel’s message',
};

export function stringsFor(language: Language): Strings {
  return language === 'vi' ? vi : en;
}
