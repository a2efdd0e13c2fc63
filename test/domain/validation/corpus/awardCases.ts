/** Award lines: recipient type, decision date, document number, duplicates, multipliers. */
import { serial } from '../../../helpers/snapshot';
import { award, error, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { awards: KT } = SHEET;

export const AWARD_CASES: readonly CorpusCase[] = [
  {
    name: 'individual title for a collective suggests the collective counterpart',
    covers: 'award.recipientType',
    workbook: { rows: { KhenThuong: [award({ recipientType: 'Tập thể', quantity: 3 })] } },
    expected: [error(KT, 'E4', 'award.recipientType', {
      message: ['"Lao động tiên tiến"', 'Cá nhân', 'Tập thể'],
      suggestion: ['"Tập thể lao động tiên tiến"'],
      basis: ['Luật 06/2022/QH15'],
    })],
  },
  {
    name: 'collective title for an individual suggests the individual counterpart',
    covers: 'award.recipientType',
    workbook: { rows: { KhenThuong: [award({ award: 'Tập thể lao động xuất sắc' })] } },
    expected: [error(KT, 'E4', 'award.recipientType', { suggestion: ['"Chiến sĩ thi đua cơ sở"'] })],
  },
  {
    name: 'household title for an individual, no counterpart',
    covers: 'award.recipientType',
    workbook: { rows: { KhenThuong: [award({ award: 'Gia đình văn hóa', authority: 'Chủ tịch UBND xã', decisionNumber: '15/QĐ-UBND' })] } },
    expected: [error(KT, 'E4', 'award.recipientType', { suggestion: ['Hộ gia đình'] })],
  },
  {
    name: 'commendation allowed for every recipient type',
    covers: 'award.recipientType',
    workbook: {
      rows: {
        KhenThuong: [
          award({ award: 'Bằng khen của bộ, ban, ngành, tỉnh', recipientType: 'Tập thể', authority: 'Chủ tịch UBND tỉnh', decisionNumber: '2251/QĐ-UBND', decisionDate: serial('2025-07-10') }),
        ],
      },
    },
    expected: [],
  },
  {
    name: 'Giấy khen for an individual: multiplier not in the catalogue',
    covers: 'award.multiplierMissing',
    workbook: { rows: { KhenThuong: [award({ award: 'Giấy khen' })] } },
    expected: [warning(KT, 'J4', 'award.multiplierMissing', { message: ['Hệ số cá nhân', '"Giấy khen"'], basis: ['Chưa xác minh'] })],
  },
  {
    name: 'Gia đình văn hóa for a household: multiplier not in the catalogue',
    covers: 'award.multiplierMissing',
    workbook: { rows: { KhenThuong: [award({ award: 'Gia đình văn hóa', recipientType: 'Hộ gia đình', authority: 'Chủ tịch UBND xã', decisionNumber: '15/QĐ-UBND' })] } },
    expected: [warning(KT, 'J4', 'award.multiplierMissing', { message: ['Hệ số hộ gia đình'] })],
  },
  {
    name: 'multiplier filled in by the user',
    covers: 'award.multiplierMissing',
    workbook: {
      catalogues: { DM_DanhHieu: [{ name: 'Giấy khen', group: 'Hình thức khen thưởng', appliesTo: 'Tập thể; Cá nhân', individual: 0.3, collective: 0.6 }] },
      rows: { KhenThuong: [award({ award: 'Giấy khen' }), award({ award: 'Giấy khen', recipientType: 'Tập thể', decisionNumber: '46/QĐ-SNNMT' })] },
    },
    expected: [],
  },
  {
    name: 'a title used after the end of its validity in DM_DanhHieu',
    covers: 'award.notInForce',
    workbook: {
      catalogues: {
        DM_DanhHieu: [
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3 },
          { name: 'Chiến sĩ thi đua ngành', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 1, from: '2018-01-01', to: '2023-12-31' },
        ],
      },
      rows: { KhenThuong: [award({ award: 'Chiến sĩ thi đua ngành' })] },
    },
    expected: [warning(KT, 'E4', 'award.notInForce', { message: ['từ 01/01/2018 đến 31/12/2023', '05/01/2025'] })],
  },
  {
    name: 'a title used inside its validity (dates typed as text in the catalogue)',
    covers: 'award.notInForce',
    workbook: {
      catalogues: {
        DM_DanhHieu: [{ name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3, from: '01/01/2024' }],
      },
      rows: { KhenThuong: [award({})] },
    },
    expected: [],
  },
  {
    name: 'decision dated before the period',
    covers: 'award.dateOutsidePeriod',
    workbook: { rows: { KhenThuong: [award({ decisionDate: serial('2024-12-10') })] } },
    expected: [warning(KT, 'C4', 'award.dateOutsidePeriod', { message: ['10/12/2024', '15/12/2024 – 14/12/2025'] })],
  },
  {
    name: 'decision dated after the period, before the report date',
    covers: 'award.dateOutsidePeriod',
    workbook: { rows: { KhenThuong: [award({ decisionDate: serial('2025-12-15') })] } },
    expected: [warning(KT, 'C4', 'award.dateOutsidePeriod')],
  },
  {
    name: 'decisions on the first and last day of the period',
    covers: 'award.dateOutsidePeriod',
    workbook: {
      rows: {
        KhenThuong: [award({ decisionDate: serial('2024-12-15') }), award({ decisionDate: serial('2025-12-14'), decisionNumber: '46/QĐ-SNNMT' })],
      },
    },
    expected: [],
  },
  {
    name: 'decision dated after the report date',
    covers: 'award.dateAfterReport',
    workbook: { rows: { KhenThuong: [award({ decisionDate: serial('2025-12-21') })] } },
    expected: [error(KT, 'C4', 'award.dateAfterReport', { message: ['21/12/2025', 'Ngày báo cáo 20/12/2025'] })],
  },
  {
    name: 'no report date: the check date stands in',
    covers: 'award.dateAfterReport',
    today: '2025-12-16',
    workbook: { header: { NgayBaoCao: '' }, rows: { KhenThuong: [award({ decisionDate: serial('2025-12-18') })] } },
    expected: [error(KT, 'C4', 'award.dateAfterReport', { message: ['ngày kiểm tra 16/12/2025'] })],
  },
  {
    name: 'decision on the report date is not after it',
    covers: 'award.dateAfterReport',
    workbook: { rows: { KhenThuong: [award({ decisionDate: serial('2025-12-20') })] } },
    expected: [warning(KT, 'C4', 'award.dateOutsidePeriod')],
  },
  {
    name: 'malformed decision numbers',
    covers: 'award.documentNumber',
    workbook: {
      rows: {
        KhenThuong: [
          award({ decisionNumber: 'QĐ 123' }),
          award({ decisionNumber: '123-QĐ-UBND' }),
          award({ decisionNumber: 'abc' }),
          award({ decisionNumber: 123 }),
        ],
      },
    },
    // one cause on four rows: one finding that lists the other cells
    expected: [warning(KT, 'B4', 'award.documentNumber', { message: ['"QĐ 123"', 'ở 3 ô khác: B5, B6, B7'], basis: ['Nghị định 30/2020/NĐ-CP'] })],
  },
  {
    name: 'real-world decision numbers, leading zeros and mixed case',
    covers: 'award.documentNumber',
    workbook: {
      rows: {
        KhenThuong: ['41/KH-CTĐII', '123/QĐ-STNMT', '1051/STNMT-BVMT', '09/2022/QĐ-UBND', '06/2022/QH15', '366-QĐ/TW', '012/CT-UBND', '512/TTtr-SNNMT', ' 98/2023/NĐ-CP ']
          .map((decisionNumber) => award({ decisionNumber, authority: null })),
      },
    },
    expected: [],
  },
  {
    name: 'normative document numbered with a year after the period',
    covers: 'award.documentYear',
    workbook: { rows: { KhenThuong: [award({ decisionNumber: '09/2026/QĐ-UBND', authority: 'Chủ tịch UBND tỉnh' })] } },
    expected: [warning(KT, 'B4', 'award.documentYear', { message: ['năm 2026', '14/12/2025'] })],
  },
  {
    name: 'normative document of the period year',
    covers: 'award.documentYear',
    workbook: { rows: { KhenThuong: [award({ decisionNumber: '15/2025/QĐ-UBND', authority: 'Chủ tịch UBND tỉnh' })] } },
    expected: [],
  },
  {
    name: 'same person, title and decision twice (spelt differently)',
    covers: 'award.duplicate',
    workbook: {
      rows: {
        KhenThuong: [
          award({ recipientName: 'Nguyễn Thị Hoà', quantity: 1 }),
          award({ recipientName: 'nguyễn thị hòa', quantity: 1 }),
        ],
      },
    },
    expected: [warning(KT, 'H5', 'award.duplicate', { message: ['H4', '45/QĐ-SNNMT'] })],
  },
  {
    name: 'same person in two decisions',
    covers: 'award.duplicate',
    workbook: {
      rows: {
        KhenThuong: [
          award({ recipientName: 'Nguyễn Văn An', quantity: 1 }),
          award({ recipientName: 'Nguyễn Văn An', quantity: 1, decisionNumber: '46/QĐ-SNNMT' }),
        ],
      },
    },
    expected: [],
  },
  {
    name: 'a typed bonus differing from the decree amount is said at its cell, with both amounts and the article',
    covers: 'award.decidedDiffers',
    workbook: { rows: { KhenThuong: [award({ decidedAmount: 700000 })] } },
    expected: [warning(KT, 'M4', 'award.decidedDiffers', {
      message: ['700.000 đồng', '0,3 × 2.340.000 đồng = 710.000 đồng', 'Điều 24', '05/01/2025', 'dùng số tiền ghi theo quyết định'],
      suggestion: ['710.000 đồng'],
      basis: ['Hệ số cá nhân'],
    })],
  },
  {
    name: 'a typed bonus equal to the decree amount is no finding',
    covers: 'award.decidedDiffers',
    workbook: { rows: { KhenThuong: [award({ decidedAmount: 710000 }), award({ decisionDate: serial('2025-07-10'), decidedAmount: 710000, decisionNumber: '46/QĐ-SNNMT' })] } },
    expected: [],
  },
  {
    name: 'a typed bonus for an award without a fixed multiplier (capped) is not compared with any decree amount',
    covers: 'award.decidedDiffers',
    workbook: {
      rows: {
        KhenThuong: [award({ award: 'Kỷ niệm chương', authority: 'Chủ tịch UBND tỉnh', decisionNumber: '12/QĐ-UBND', decisionDate: serial('2025-07-10'), decidedAmount: 1000000, quantity: 1 })],
      },
    },
    expected: [],
  },
  {
    name: 'two rows of one award with overlapping validity: the later row is an error naming the earlier',
    covers: 'award.periodOverlap',
    workbook: {
      catalogues: {
        DM_DanhHieu: [
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3, from: '2018-01-01', to: '2024-12-31' },
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3, from: '2024-06-01' },
        ],
      },
      rows: { KhenThuong: [award({})] },
    },
    expected: [error(SHEET.catalogues, 'H5', 'award.periodOverlap', {
      message: ['"Lao động tiên tiến"', 'ô H4', 'từ 01/06/2024 đến 31/12/2024', 'không chọn dòng nào', 'Mức thưởng để trống'],
      suggestion: ['Hiệu lực từ'],
    })],
  },
  {
    name: 'rows of one award following each other without shared days are no finding',
    covers: 'award.periodOverlap',
    workbook: {
      catalogues: {
        DM_DanhHieu: [
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3, from: '2018-01-01', to: '2024-05-31' },
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3, from: '2024-06-01' },
        ],
      },
      rows: { KhenThuong: [award({})] },
    },
    expected: [],
  },
  {
    name: 'a multiplier typed as text in the catalogue is an error at its cell, and the row is not paid in silence',
    covers: 'award.multiplierText',
    workbook: {
      catalogues: {
        DM_DanhHieu: [
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: '0,3' },
          { name: 'Chiến sĩ thi đua cơ sở', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 'một' },
        ],
      },
      rows: { KhenThuong: [award({})] },
    },
    expected: [
      error(SHEET.catalogues, 'D4', 'award.multiplierText', { message: ['Hệ số cá nhân', '"Lao động tiên tiến"', '"0,3"', 'không phải số'], suggestion: ['Gõ lại 0,3'] }),
      error(SHEET.catalogues, 'D5', 'award.multiplierText', { message: ['"một"'], suggestion: ['Nhập hệ số dưới dạng số'] }),
      warning(KT, 'J4', 'award.multiplierMissing', { message: ['Hệ số cá nhân'] }),
    ],
  },
  {
    name: 'a multiplier entered as a number in the catalogue is no finding',
    covers: 'award.multiplierText',
    workbook: {
      catalogues: { DM_DanhHieu: [{ name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3 }] },
      rows: { KhenThuong: [award({})] },
    },
    expected: [],
  },
];
