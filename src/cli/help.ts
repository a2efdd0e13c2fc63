export const HELP = `tongket — số liệu báo cáo tổng kết trong sổ Excel (.xlsx)

Cách dùng (usage):
  tongket init TỆP.xlsx [-o RA.xlsx]      Tạo sổ mẫu, hoặc bổ sung bảng, cột, công thức còn thiếu
                                          (create or update the workbook template)
  tongket check TỆP.xlsx [--json]         Kiểm tra dữ liệu, không sửa tệp
                                          (check the data; the file is not modified)
  tongket compute TỆP.xlsx [-o RA.xlsx]   Tính tổng hợp: công thức, dòng tổng, trang "Tổng hợp", "Kiểm tra"
                                          (compute totals, the summary and the check sheet)
  tongket compute TỆP.xlsx --previous NAM-TRUOC.xlsx
                                          Tính tổng hợp và so sánh với sổ năm trước (số liệu năm trước
                                          được chép vào trang "Năm trước"; compare with last year)
  tongket import-tthc BIEU06.xlsx -o SỔ.xlsx
                                          Nhập Biểu 06 xuất từ hệ thống một cửa vào bảng TTHC của SỔ
                                          (tạo sổ nếu chưa có); biểu tự kiểm tra dòng tổng, cột tổng
                                          (import the one-stop system's Biểu 06 export; the export is only read)
  tongket merge -o TONG-HOP.xlsx DON-VI.xlsx…
                                          Gộp sổ các đơn vị vào sổ tổng hợp (tạo mới hoặc cập nhật;
                                          gộp lại một đơn vị thì thay số liệu cũ của đơn vị đó)
                                          (merge the units' workbooks into a consolidated one)

Tùy chọn (options):
  -o, --output TỆP   ghi kết quả ra tệp khác; mặc định ghi đè tệp vào (write to another file)
  --json             in kết quả kiểm tra dạng JSON (check: machine-readable output)
  -h, --help         hướng dẫn này (this help)
  -v, --version      phiên bản (version)

Mã thoát (exit codes):
  0   xong, không có lỗi (done)
  1   check: dữ liệu còn lỗi (the data has errors);
      import-tthc: biểu xuất có chênh lệch, vẫn nhập (the export's figures do not add up; imported)
  2   tệp có biểu đồ, PivotTable, hình ảnh… mà lệnh này sẽ làm mất; không ghi gì
      (the file holds parts this command would lose; nothing written);
      biểu đồ do "Tính tổng hợp" vẽ trên trang "Tổng hợp" thì được bỏ đi và báo lại
      (the add-in's charts on "Tổng hợp" are dropped, with a note);
      hoặc sổ theo mẫu mới hơn phiên bản Tổng kết đang dùng: init, compute không ghi gì
      (or a workbook of a newer format: init and compute write nothing);
      merge: một sổ đơn vị bị từ chối (khác kỳ, mẫu mới hơn, trùng đơn vị) — không ghi gì
      (merge: a unit was refused — other period, newer format, same unit twice; nothing written)
  3   lệnh chưa hỗ trợ (not supported yet)
  64  sai cú pháp lệnh (usage error)
  65  không đọc được tệp: không có, không phải .xlsx, có mật khẩu, bị hỏng (bad input file)
  70  lỗi không mong đợi của chương trình (internal error)
  73  không ghi được tệp (cannot write the output)
`;
