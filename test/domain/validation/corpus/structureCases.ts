/** The workbook's shape: tables, columns, data outside tables, typed-over formulas. */
import { DM_CAP_QUYET_DINH, GCN, KHEN_THUONG } from '../../../../src/domain/contract';
import { award, certificate, error, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { awards: KT, dossiers: TT, certificates: GC, catalogues: DM } = SHEET;
const AWARD_HEADERS = KHEN_THUONG.columns.map((c) => c.header);

export const STRUCTURE_CASES: readonly CorpusCase[] = [
  {
    name: 'a format-1 award table, without the optional "Đơn vị báo cáo": nothing to report',
    covers: 'structure.columnMissing',
    workbook: {
      headers: { KhenThuong: KHEN_THUONG.columns.filter((c) => !c.optional).map((c) => c.header) },
      rows: { KhenThuong: [award({})] },
    },
    expected: [],
  },
  {
    name: 'a figure typed under the award table (below the totals row)',
    covers: 'structure.outsideTable',
    workbook: { rows: { KhenThuong: [award({})] }, below: { KhenThuong: [['', '', '', '', '', '', 5]] } },
    expected: [warning(KT, 'G6', 'structure.outsideTable', { message: ['5', 'không được tính'], suggestion: ['bảng'] })],
  },
  {
    name: 'an entry typed under a catalogue',
    covers: 'structure.outsideTable',
    workbook: { below: { DM_CapQuyetDinh: [[], ['Ban Thi đua - Khen thưởng']] } },
    expected: [warning(DM, 'Q13', 'structure.outsideTable', { message: ['danh mục "Người ký quyết định khen thưởng"'], notMessage: ['DM_'] })],
  },
  {
    name: 'blank cells under a table',
    covers: 'structure.outsideTable',
    workbook: { below: { KhenThuong: [['', null, '  ']], GCN: [[]] } },
    expected: [],
  },
  {
    name: 'computed cells typed over',
    covers: 'structure.formulaOverwritten',
    workbook: { rows: { KhenThuong: [award({ unitAmount: 700000, stt: 2 })] } },
    expected: [
      warning(KT, 'A4', 'structure.formulaOverwritten', { message: ['STT'] }),
      warning(KT, 'J4', 'structure.formulaOverwritten', { message: ['700.000'], suggestion: ['Tính tổng hợp'] }),
    ],
  },
  {
    name: 'STT and amounts typed by hand as the formulas give them: nothing to say',
    covers: 'structure.formulaOverwritten',
    workbook: {
      rows: {
        KhenThuong: [award({ stt: 1, unitAmount: 710000, amount: 61060000 }), award({ stt: 2, decisionNumber: '46/QĐ-SNNMT', quantity: 1 })],
        TTHC: [{ stt: 1, field: 'Đất đai', online: 5, inPerson: 1, carriedOver: 0, received: 6, early: 2, onTime: 2, late: 0, resolved: 4, pendingWithin: 2, pendingOverdue: 0, pending: 2 }],
      },
    },
    expected: [],
  },
  {
    name: 'formulas in place',
    covers: 'structure.formulaOverwritten',
    workbook: { rows: { KhenThuong: [award({})] } },
    expected: [],
  },
  {
    name: 'a data table missing',
    covers: 'structure.tableMissing',
    workbook: { omitTables: ['GCN'] },
    expected: [warning(GC, 'A1', 'structure.tableMissing', { message: ['GCN'] })],
  },
  {
    name: 'DM_DanhHieu missing: defaults are used and still catch the recipient mismatch',
    covers: 'structure.tableMissing',
    workbook: { omitTables: ['DM_DanhHieu'], rows: { KhenThuong: [award({ recipientType: 'Tập thể' })] } },
    expected: [
      error(KT, 'E4', 'award.recipientType'),
      warning(DM, 'A1', 'structure.tableMissing', { message: ['danh mục "Danh hiệu thi đua, hình thức khen thưởng"'], notMessage: ['DM_'] }),
    ],
  },
  {
    name: 'every contract table present (an empty workbook)',
    covers: 'structure.tableMissing',
    workbook: {},
    expected: [],
  },
  {
    name: 'a contract column missing from the award table',
    covers: 'structure.columnMissing',
    workbook: {
      headers: { KhenThuong: AWARD_HEADERS.filter((h) => h !== 'Số lượng') },
      rows: { KhenThuong: [award({})] },
    },
    expected: [error(KT, 'A3', 'structure.columnMissing', { message: ['"Số lượng"'] })],
  },
  {
    name: 'extra and reordered columns, headers in NFD: values located by header',
    covers: 'structure.columnMissing',
    workbook: {
      headers: {
        KhenThuong: ['STT', 'Cột riêng', ...AWARD_HEADERS.slice(1).reverse().map((h) => h.normalize('NFD'))],
      },
      rows: { KhenThuong: [award({ 'Cột riêng': 'x', quantity: 0 })] },
    },
    // reversed: Đơn vị báo cáo is C, Hệ số D … Số lượng is M (C + 10); the NFD headers are one warning at the first (C3)
    expected: [
      error(KT, 'M4', 'value.belowMin', { message: ['Số lượng'] }),
      warning(KT, 'C3', 'structure.headerSpelling', { message: ['tiêu đề cột viết khác tên mẫu', 'Unicode tổ hợp'], suggestion: ['Tính tổng hợp'] }),
    ],
  },
  {
    name: 'headers with a trailing space, a doubled no-break space, a line break and another case: still the contract columns',
    covers: 'structure.columnMissing',
    workbook: {
      headers: {
        KhenThuong: AWARD_HEADERS.map((h) =>
          h === 'Số lượng' ? 'Số lượng ' : h === 'Danh hiệu / Hình thức' ? 'Danh hiệu /\u00a0\u00a0Hình thức' : h === 'Đối tượng' ? 'ĐỐI\nTƯỢNG' : h,
        ),
      },
      rows: { KhenThuong: [award({ quantity: 0 })] },
    },
    expected: [
      error(KT, 'G4', 'value.belowMin', { message: ['Số lượng'] }),
      // one warning for the table, at the first header typed differently ("Đối tượng", E3), naming all three
      warning(KT, 'E3', 'structure.headerSpelling', {
        message: [
          'có 3 tiêu đề cột viết khác tên mẫu',
          '"ĐỐI TƯỢNG" (mẫu: "Đối tượng"; có khoảng trắng đặc biệt hoặc xuống dòng, khác chữ hoa, chữ thường)',
          '"Số lượng " (mẫu: "Số lượng"; thừa khoảng trắng)',
          '"Danh hiệu /\u00a0\u00a0Hình thức" (mẫu: "Danh hiệu / Hình thức"; có khoảng trắng đặc biệt hoặc xuống dòng, thừa khoảng trắng)',
        ],
      }),
    ],
  },
  {
    name: 'one GCN header with a trailing space: a warning at its header cell, naming the template spelling',
    covers: 'structure.headerSpelling',
    workbook: {
      headers: { GCN: GCN.columns.map((c) => (c.header === 'Số GCN đã cấp' ? 'Số GCN đã cấp ' : c.header)) },
      rows: { GCN: [certificate({})] },
    },
    expected: [
      warning(GC, 'F3', 'structure.headerSpelling', {
        message: ['Tiêu đề cột "Số GCN đã cấp " của bảng ở trang "GCN" viết khác tên mẫu "Số GCN đã cấp" (thừa khoảng trắng)', 'chưa tìm thấy cột này'],
        suggestion: ['Tính tổng hợp', 'Tạo bảng mẫu'],
      }),
    ],
  },
  {
    name: 'a catalogue header in capitals: the catalogue named by its title',
    covers: 'structure.headerSpelling',
    workbook: { headers: { DM_CapQuyetDinh: DM_CAP_QUYET_DINH.columns.map((c, i) => (i === 1 ? c.header.toUpperCase() : c.header)) } },
    expected: [warning(DM, 'R3', 'structure.headerSpelling', { message: ['của danh mục "Người ký quyết định khen thưởng"', 'khác chữ hoa, chữ thường'], notMessage: ['DM_'] })],
  },
  {
    name: 'headers exactly as the template spells them: nothing to say',
    covers: 'structure.headerSpelling',
    workbook: { rows: { GCN: [certificate({})] } },
    expected: [],
  },
  {
    name: 'the optional "Đơn vị báo cáo" column missing (a format-1 table): nothing to report',
    covers: 'structure.columnMissing',
    workbook: { headers: { KhenThuong: AWARD_HEADERS.filter((h) => h !== 'Đơn vị báo cáo') }, rows: { KhenThuong: [award({})] } },
    expected: [],
  },
  {
    name: 'a row with only its field name: each required count is reported',
    covers: 'structure.columnMissing',
    workbook: { rows: { TTHC: [{ field: 'Đất đai' }] } },
    expected: [
      error(TT, 'D4', 'value.required'), error(TT, 'E4', 'value.required'), error(TT, 'F4', 'value.required'),
      error(TT, 'H4', 'value.required'), error(TT, 'I4', 'value.required'), error(TT, 'J4', 'value.required'),
      error(TT, 'L4', 'value.required'), error(TT, 'M4', 'value.required'),
    ],
  },
];
