/** A clean, realistic year-end report (period 15/12/2024 – 14/12/2025): no findings expected. */
import type { RowInput } from './snapshot';
import { serial } from './snapshot';

export const REALISTIC_ROWS: Readonly<Record<string, readonly RowInput[]>> = {
  KhenThuong: [
    { decisionNumber: '1250/QĐ-UBND', decisionDate: serial('2025-01-10'), authority: 'Ủy ban nhân dân tỉnh', award: 'Tập thể lao động xuất sắc', recipientType: 'Tập thể', quantity: 2, recipientName: 'Phòng Quản lý đất đai', movement: 'Phong trào thi đua "Chuyển đổi số"' },
    { decisionNumber: '45/QĐ-SNNMT', decisionDate: serial('2025-01-05'), authority: 'Sở, ban, ngành tỉnh', award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity: 86 },
    { decisionNumber: '46/QĐ-SNNMT', decisionDate: serial('2025-01-05'), authority: 'Sở, ban, ngành tỉnh', award: 'Chiến sĩ thi đua cơ sở', recipientType: 'Cá nhân', quantity: 12 },
    { decisionNumber: '2251/QĐ-UBND', decisionDate: serial('2025-07-10'), authority: 'Ủy ban nhân dân tỉnh', award: 'Bằng khen của bộ, ban, ngành, tỉnh', recipientType: 'Tập thể', quantity: 3 },
    { decisionNumber: '2103/QĐ-UBND', decisionDate: serial('2025-03-28'), authority: 'Ủy ban nhân dân tỉnh', award: 'Cờ thi đua của bộ, ban, ngành, tỉnh', recipientType: 'Tập thể', quantity: 1, recipientName: 'Chi cục Kiểm lâm' },
    { decisionNumber: '47/QĐ-SNNMT', decisionDate: serial('2025-01-05'), authority: 'Sở, ban, ngành tỉnh', award: 'tập thể lao động tiên tiến', recipientType: 'tập thể', quantity: 5 },
    { decisionNumber: '812/QĐ-TTg', decisionDate: serial('2025-08-18'), authority: 'Thủ tướng Chính phủ', award: 'Bằng khen của Thủ tướng Chính phủ', recipientType: 'Tập thể', quantity: 1, recipientName: 'Chi cục Thủy lợi' },
    { decisionNumber: '3020/QĐ-UBND', decisionDate: serial('2025-11-20'), authority: 'Ủy ban nhân dân tỉnh', award: 'Chiến sĩ thi đua bộ, ban, ngành, tỉnh', recipientType: 'Cá nhân', quantity: 2, note: 'Đợt tổng kết năm' },
  ],
  XepLoai: [
    { unit: 'Văn phòng Sở', recipientType: 'Cá nhân', excellent: 3, good: 18, done: 2, notDone: 0 },
    { unit: 'Chi cục Kiểm lâm', recipientType: 'Cá nhân', excellent: 8, good: 45, done: 5, notDone: 1 },
    { unit: 'Các phòng, đơn vị thuộc Sở', recipientType: 'Tập thể', excellent: 2, good: 10, done: 1, notDone: 0 },
  ],
  TTHC: [
    { field: 'Đất đai', online: 8420, inPerson: 3120, carriedOver: 940, early: 5210, onTime: 5870, late: 312, pendingWithin: 890, pendingOverdue: 120, returned: 78 },
    { field: 'Môi trường', online: 1210, inPerson: 305, carriedOver: 64, early: 620, onTime: 790, late: 15, pendingWithin: 120, pendingOverdue: 4, returned: 30 },
    { field: 'Thủy lợi', online: 45, inPerson: 12, carriedOver: 3, early: 20, onTime: 30, late: 0, pendingWithin: 8, pendingOverdue: 0, returned: 2 },
  ],
  CatGiamTTHC: [
    { procedure: 'Cấp giấy phép khai thác, sử dụng nước mặt', field: 'Tài nguyên nước', legalDays: 30, cutDays: 21 },
    { procedure: 'Đăng ký biến động quyền sử dụng đất', field: 'Đất đai', legalDays: 10, cutDays: 7 },
    { procedure: 'Thẩm định báo cáo đánh giá tác động môi trường', field: 'Môi trường', legalDays: 25, cutDays: 17.5 },
  ],
  GCN: [
    { unit: 'Văn phòng Đăng ký đất đai', recipient: 'Tổ chức', kind: 'Lần đầu', target: 120, issued: 134, parcels: 140, area: 85.25 },
    { unit: 'Văn phòng Đăng ký đất đai', recipient: 'Hộ gia đình, cá nhân', kind: 'Lần đầu', target: 3500, issued: 3720, parcels: 5104, area: 1250.75 },
    { unit: 'Văn phòng Đăng ký đất đai', recipient: 'Hộ gia đình, cá nhân', kind: 'Biến động', issued: 8210, parcels: 8655, area: 2104.5 },
  ],
  ChiTieu: [
    { group: 'Nhiệm vụ trọng tâm', target: 'Nhiệm vụ trọng tâm được giao', unitOfMeasure: 'nhiệm vụ', plan: 24, done: 24 },
    { group: 'Thanh tra', target: 'Cuộc thanh tra, kiểm tra', unitOfMeasure: 'cuộc', plan: 18, done: 21 },
    { group: 'Đơn thư', target: 'Đơn thư khiếu nại, tố cáo được giải quyết', unitOfMeasure: 'đơn', plan: 56, done: 52 },
  ],
};
