/** List columns: fixed lists and the editable catalogues, compared after normalisation. */
import { award, certificate, error, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { awards: KT, certificates: GC } = SHEET;

export const LIST_CASES: readonly CorpusCase[] = [
  {
    name: 'recipient type without diacritics',
    covers: 'list.fixed',
    workbook: { rows: { KhenThuong: [award({ award: 'Tập thể lao động tiên tiến', recipientType: 'Tap the' })] } },
    expected: [error(KT, 'F4', 'list.fixed', { message: ['"Tap the"'], suggestion: ['"Tập thể"'] })],
  },
  {
    name: 'GCN registration kind outside the list',
    covers: 'list.fixed',
    workbook: { rows: { GCN: [certificate({ kind: 'Cấp đổi' })] } },
    expected: [error(GC, 'D4', 'list.fixed', { message: ['"Cấp đổi"', 'Lần đầu; Biến động'] })],
  },
  {
    name: 'a number where a recipient type belongs',
    covers: 'list.fixed',
    workbook: { rows: { GCN: [certificate({ recipient: 2 })] } },
    expected: [error(GC, 'C4', 'list.fixed')],
  },
  {
    name: 'case does not matter, to the checks as to Excel',
    covers: 'list.fixed',
    workbook: { rows: { KhenThuong: [award({ recipientType: 'cá nhân' }), award({ recipientType: 'CÁ NHÂN', decisionNumber: '46/QĐ-SNNMT' })] } },
    expected: [],
  },
  {
    name: 'a catalogue value in capitals is written as Excel compares it',
    covers: 'list.spelling',
    workbook: { rows: { KhenThuong: [award({ award: 'LAO ĐỘNG TIÊN TIẾN' })] } },
    expected: [],
  },
  {
    name: 'NFD and extra spaces are understood, and flagged because Excel would not match them',
    covers: 'list.spelling',
    workbook: {
      rows: {
        KhenThuong: [
          award({ recipientType: 'Cá nhân'.normalize('NFD'), decisionNumber: '46/QĐ-SNNMT' }),
          award({ recipientType: '  CÁ   NHÂN ', decisionNumber: '47/QĐ-SNNMT' }),
          // the award's name goes through TRIM in the formulas: spaces alone are no finding there
          award({ award: '  Lao động   tiên tiến ', decisionNumber: '48/QĐ-SNNMT' }),
        ],
        GCN: [certificate({ recipient: 'hộ gia đình,  cá nhân' })],
      },
    },
    expected: [
      warning(KT, 'F4', 'list.spelling', { message: ['"Cá nhân"', 'không nhận ra'], suggestion: ['Sửa thành "Cá nhân"'] }),
      warning(KT, 'F5', 'list.spelling', { suggestion: ['"Cá nhân"'] }),
      warning(GC, 'C4', 'list.spelling', { suggestion: ['"Hộ gia đình, cá nhân"'] }),
    ],
  },
  {
    name: 'title misspelt without diacritics',
    covers: 'list.catalogue',
    workbook: { rows: { KhenThuong: [award({ award: 'Lao dong tien tien' })] } },
    expected: [warning(KT, 'E4', 'list.catalogue', { message: ['"Lao dong tien tien"', 'danh mục "Danh hiệu thi đua, hình thức khen thưởng"'], notMessage: ['DM_'], suggestion: ['"Lao động tiên tiến"'] })],
  },
  {
    name: 'title with a typo',
    covers: 'list.catalogue',
    workbook: { rows: { KhenThuong: [award({ award: 'Chiến sỹ thi đua cơ sở' })] } },
    expected: [warning(KT, 'E4', 'list.catalogue', { suggestion: ['"Chiến sĩ thi đua cơ sở"'] })],
  },
  {
    name: 'authority abbreviated: no credible nearest entry',
    covers: 'list.catalogue',
    workbook: { rows: { KhenThuong: [award({ authority: 'Công ty ABC' })] } },
    expected: [warning(KT, 'D4', 'list.catalogue', { message: ['danh mục "Người ký quyết định khen thưởng"'], notMessage: ['DM_'], suggestion: ['bổ sung vào danh mục "Người ký quyết định khen thưởng"'] })],
  },
  {
    name: 'old and new tone placement are the same catalogue entry, written differently',
    covers: 'list.spelling',
    workbook: {
      rows: {
        KhenThuong: [
          award({ authority: 'Uỷ ban nhân dân tỉnh', decisionNumber: '1250/QĐ-UBND' }),
          award({ award: 'LAO ĐỘNG TIÊN TIẾN', decisionNumber: '46/QĐ-SNNMT' }),
          award({ award: 'Thôn, tổ dân phố văn hoá', recipientType: 'Tập thể', decisionNumber: '47/QĐ-UBND', authority: 'Chủ tịch UBND xã' }),
        ],
      },
    },
    expected: [
      warning(KT, 'D4', 'list.spelling', { message: ['"Chủ tịch Ủy ban nhân dân tỉnh"'], suggestion: ['Sửa thành "Chủ tịch Ủy ban nhân dân tỉnh"'] }),
      warning(KT, 'E6', 'list.spelling', { suggestion: ['"Thôn, tổ dân phố văn hóa"'] }),
    ],
  },
  {
    name: 'a title the user added to DM_DanhHieu is known',
    covers: 'list.catalogue',
    workbook: {
      catalogues: {
        DM_DanhHieu: [
          { name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3 },
          { name: 'Đơn vị xuất sắc ngành', group: 'Danh hiệu thi đua', appliesTo: 'Tập thể', collective: 1 },
        ],
      },
      rows: { KhenThuong: [award({ award: 'Đơn vị xuất sắc ngành', recipientType: 'Tập thể' })] },
    },
    expected: [],
  },
  {
    name: 'a title removed from the edited DM_DanhHieu is unknown',
    covers: 'list.catalogue',
    workbook: {
      catalogues: { DM_DanhHieu: [{ name: 'Lao động tiên tiến', group: 'Danh hiệu thi đua', appliesTo: 'Cá nhân', individual: 0.3 }] },
      rows: { KhenThuong: [award({ award: 'Giấy khen' })] },
    },
    expected: [warning(KT, 'E4', 'list.catalogue', { message: ['"Giấy khen"'] })],
  },
];
