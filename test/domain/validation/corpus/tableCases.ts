/** TTHC reconciliation and GCN plausibility. */
import { certificate, dossier, error, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { dossiers: TT, certificates: GC } = SHEET;

export const TABLE_CASES: readonly CorpusCase[] = [
  {
    name: 'returned dossiers left at 0: a difference of 2',
    covers: 'dossier.difference',
    workbook: { rows: { TTHC: [dossier({ returned: 0 })] } },
    expected: [error(TT, 'O4', 'dossier.difference', {
      message: ['Tổng số nhận 60 ≠ đã giải quyết 50 + đang giải quyết 8 + trả lại, rút, tạm dừng 0 (chênh lệch 2)'],
    })],
  },
  {
    name: 'more resolved than received',
    covers: 'dossier.difference',
    workbook: { rows: { TTHC: [dossier({ onTime: 40 })] } },
    expected: [error(TT, 'O4', 'dossier.difference', { message: ['chênh lệch -10'], suggestion: ['vượt số nhận 10'] })],
  },
  {
    name: 'inputs reconcile but a typed-over total makes the sheet show a difference',
    covers: 'dossier.shownDifference',
    workbook: { rows: { TTHC: [dossier({ received: 81, 'difference#result': 21 })] } },
    expected: [
      error(TT, 'O4', 'dossier.shownDifference', { message: ['21', 'gõ đè'], suggestion: ['Tính tổng hợp'] }),
      warning(TT, 'C4', 'structure.formulaOverwritten', { message: ['81'] }),
    ],
  },
  {
    name: 'the difference the sheet shows is 0 when the formulas are in place',
    covers: 'dossier.shownDifference',
    workbook: { rows: { TTHC: [dossier({ 'difference#result': 0 })] } },
    expected: [],
  },
  {
    name: 'typed totals are not trusted: the inputs decide',
    covers: 'dossier.difference',
    workbook: { rows: { TTHC: [dossier({ returned: 0, received: 58, difference: 0 })] } },
    expected: [
      error(TT, 'O4', 'dossier.difference', { message: ['Tổng số nhận 60', 'chênh lệch 2'] }),
      warning(TT, 'C4', 'structure.formulaOverwritten', { message: ['58'] }),
      warning(TT, 'O4', 'structure.formulaOverwritten'),
    ],
  },
  {
    name: 'the Chênh lệch column is missing: the finding moves to Tổng số nhận',
    covers: 'dossier.difference',
    workbook: {
      headers: { TTHC: ['STT', 'Lĩnh vực / Đơn vị', 'Tổng số nhận', 'Nhận trực tuyến', 'Nhận trực tiếp, bưu chính', 'Từ kỳ trước', 'Tổng số đã giải quyết', 'Giải quyết trước hạn', 'Giải quyết đúng hạn', 'Giải quyết quá hạn', 'Tổng số đang giải quyết', 'Đang giải quyết trong hạn', 'Đang giải quyết quá hạn', 'Trả lại, rút, tạm dừng'] },
      rows: { TTHC: [dossier({ returned: 1 })] },
    },
    expected: [
      error(TT, 'A3', 'structure.columnMissing', { message: ['"Chênh lệch"'] }),
      error(TT, 'A3', 'structure.columnMissing', { message: ['"Tỷ lệ trực tuyến"'] }),
      error(TT, 'A3', 'structure.columnMissing'),
      error(TT, 'A3', 'structure.columnMissing'),
      error(TT, 'A3', 'structure.columnMissing'),
      error(TT, 'A3', 'structure.columnMissing'),
      error(TT, 'A3', 'structure.columnMissing'),
      error(TT, 'A3', 'structure.columnMissing', { message: ['"Ghi chú"'] }),
      error(TT, 'C4', 'dossier.difference', { message: ['chênh lệch 1'] }),
    ],
  },
  {
    name: 'reconciled row',
    covers: 'dossier.difference',
    workbook: { rows: { TTHC: [dossier({})] } },
    expected: [],
  },
  {
    name: 'fewer parcels than certificates',
    covers: 'certificate.parcels',
    workbook: { rows: { GCN: [certificate({ issued: 10, parcels: 8 })] } },
    expected: [warning(GC, 'G4', 'certificate.parcels', { message: ['(8)', '(10)'] })],
  },
  {
    name: 'as many parcels as certificates',
    covers: 'certificate.parcels',
    workbook: { rows: { GCN: [certificate({ issued: 10, parcels: 10 })] } },
    expected: [],
  },
  {
    name: 'certificates with zero area',
    covers: 'certificate.area',
    workbook: { rows: { GCN: [certificate({ area: 0 })] } },
    expected: [warning(GC, 'H4', 'certificate.area', { message: ['134 GCN'] })],
  },
  {
    name: 'no certificates and no area',
    covers: 'certificate.area',
    workbook: { rows: { GCN: [certificate({ target: 10, issued: 0, parcels: 0, area: 0 })] } },
    expected: [],
  },
  {
    name: 'the same unit, recipient and kind twice',
    covers: 'certificate.duplicate',
    workbook: {
      rows: { GCN: [certificate({}), certificate({ unit: 'văn phòng đăng ký đất đai ', issued: 1, parcels: 1, area: 0.5 })] },
    },
    expected: [warning(GC, 'B5', 'certificate.duplicate', { message: ['B4', '"Tổ chức"', '"Lần đầu"'] })],
  },
  {
    name: 'the same unit with another kind',
    covers: 'certificate.duplicate',
    workbook: { rows: { GCN: [certificate({}), certificate({ kind: 'Biến động' })] } },
    expected: [],
  },
];
