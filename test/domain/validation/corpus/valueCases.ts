/** Cell values driven by the column specs: numbers, dates, required cells. */
import { serial } from '../../../helpers/snapshot';
import { award, certificate, cut, dossier, error, rating, target, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { awards: KT, ratings: XL, dossiers: TT, cuts: CG, certificates: GC, targets: CT } = SHEET;

export const VALUE_CASES: readonly CorpusCase[] = [
  {
    name: 'count typed as Vietnamese text with a thousands dot',
    covers: 'value.textNumber',
    workbook: { rows: { KhenThuong: [award({ quantity: '1.234' })] } },
    expected: [error(KT, 'G4', 'value.textNumber', { message: ['"1.234"', 'không phải số'], suggestion: ['số 1.234,'] })],
  },
  {
    name: 'decimal typed as text with thousands dot and decimal comma',
    covers: 'value.textNumber',
    workbook: { rows: { ChiTieu: [target({ plan: '2.105,40' })] } },
    expected: [error(CT, 'E4', 'value.textNumber', { message: ['"2.105,40"'], suggestion: ['số 2.105,4,'] })],
  },
  {
    name: 'area typed as text',
    covers: 'value.textNumber',
    workbook: { rows: { GCN: [certificate({ area: '1.250,75' })] } },
    expected: [error(GC, 'H4', 'value.textNumber', { suggestion: ['số 1.250,75,'] })],
  },
  {
    name: 'numbers stored as numbers pass',
    covers: 'value.textNumber',
    workbook: { rows: { KhenThuong: [award({ quantity: 1234 })], ChiTieu: [target({ plan: 2105.4 })] } },
    expected: [],
  },
  {
    name: 'count read as 1,234 because the thousands dot became a decimal point',
    covers: 'value.thousandsSeparator',
    workbook: { rows: { KhenThuong: [award({ quantity: 1.234 })] } },
    expected: [error(KT, 'G4', 'value.thousandsSeparator', { message: ['1,234', 'hàng nghìn'], suggestion: ['1234'] })],
  },
  {
    name: 'a dossier count 12.48 is a decimal, not a thousands slip',
    covers: 'value.thousandsSeparator',
    workbook: { rows: { TTHC: [dossier({ online: 12.48 })] } },
    expected: [error(TT, 'D4', 'value.notInteger', { message: ['12,48'] })],
  },
  {
    name: 'three decimals in a decimal column are fine',
    covers: 'value.thousandsSeparator',
    workbook: { rows: { GCN: [certificate({ area: 1.234 })] } },
    expected: [],
  },
  {
    name: 'count typed as "2,5"',
    covers: 'value.notInteger',
    workbook: { rows: { KhenThuong: [award({ quantity: '2,5' })] } },
    expected: [error(KT, 'G4', 'value.notInteger', { message: ['Số lượng phải là số nguyên; ô đang có "2,5".'] })],
  },
  {
    name: 'rating count with a decimal',
    covers: 'value.notInteger',
    workbook: { rows: { XepLoai: [rating({ excellent: 0, good: 2.5 })] } },
    expected: [error(XL, 'E4', 'value.notInteger', { message: ['2,5'], suggestion: ['3'] })],
  },
  {
    name: 'halves allowed in durations',
    covers: 'value.notInteger',
    workbook: { rows: { CatGiamTTHC: [cut({ legalDays: 7.5, cutDays: 3.5 })] } },
    expected: [],
  },
  {
    name: 'words in a count cell',
    covers: 'value.notNumber',
    workbook: { rows: { TTHC: [dossier({ online: 'nhiều' })] } },
    expected: [error(TT, 'D4', 'value.notNumber', { message: ['"nhiều"'] })],
  },
  {
    name: 'TRUE in a count cell',
    covers: 'value.notNumber',
    workbook: { rows: { GCN: [certificate({ parcels: true })] } },
    expected: [error(GC, 'G4', 'value.notNumber', { message: ['TRUE'] })],
  },
  {
    name: 'a number with a unit is not a number',
    covers: 'value.notNumber',
    workbook: { rows: { ChiTieu: [target({ done: '21 cuộc' })] } },
    expected: [error(CT, 'F4', 'value.notNumber', { message: ['"21 cuộc"'] })],
  },
  {
    name: 'a million dossiers, stored as numbers',
    covers: 'value.notNumber',
    workbook: {
      rows: {
        TTHC: [dossier({ online: 1_000_000, inPerson: 0, carriedOver: 0, early: 999_990, onTime: 0, late: 0, pendingWithin: 10, pendingOverdue: 0, returned: 0 })],
      },
    },
    expected: [],
  },
  {
    name: 'negative rating count',
    covers: 'value.negative',
    workbook: { rows: { XepLoai: [rating({ done: -1 })] } },
    expected: [error(XL, 'F4', 'value.negative', { message: ['-1'] })],
  },
  {
    name: 'negative achievement',
    covers: 'value.negative',
    workbook: { rows: { ChiTieu: [target({ done: -3 })] } },
    expected: [error(CT, 'F4', 'value.negative')],
  },
  {
    name: 'zero is allowed where the minimum is 0',
    covers: 'value.negative',
    workbook: { rows: { XepLoai: [rating({ excellent: 0, notDone: 0 })], ChiTieu: [target({ done: 0 })] } },
    expected: [],
  },
  {
    name: 'zero awards on a decision line',
    covers: 'value.belowMin',
    workbook: { rows: { KhenThuong: [award({ quantity: 0 })] } },
    expected: [error(KT, 'G4', 'value.belowMin', { message: ['từ 1 trở lên', '0'] })],
  },
  {
    name: 'legal duration of zero days (must be > 0); the cut duration is not compared with it',
    covers: 'value.belowMin',
    workbook: { rows: { CatGiamTTHC: [cut({ legalDays: 0 })] } },
    expected: [error(CG, 'D4', 'value.belowMin', { message: ['lớn hơn 0'] })],
  },
  {
    name: 'half-day legal duration cut to zero',
    covers: 'value.belowMin',
    workbook: { rows: { CatGiamTTHC: [cut({ legalDays: 0.5, cutDays: 0 })] } },
    expected: [],
  },
  {
    name: 'cut duration longer than the legal one',
    covers: 'value.aboveColumn',
    workbook: { rows: { CatGiamTTHC: [cut({ legalDays: 10, cutDays: 12 })] } },
    expected: [error(CG, 'E4', 'value.aboveColumn', { message: ['12', 'Thời hạn quy định (ngày) 10'] })],
  },
  {
    name: 'cut duration equal to the legal one (nothing cut)',
    covers: 'value.aboveColumn',
    workbook: { rows: { CatGiamTTHC: [cut({ legalDays: 10, cutDays: 10 })] } },
    expected: [],
  },
  {
    name: 'ambiguous date typed as text',
    covers: 'value.textDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '09/06/2025' })] } },
    expected: [error(KT, 'C4', 'value.textDate', { message: ['"09/06/2025"', 'dễ nhầm', 'ngày 09 tháng 06'], suggestion: ['09/06/2025'] })],
  },
  {
    name: 'unambiguous date typed as text',
    covers: 'value.textDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '25/6/2025' })] } },
    expected: [error(KT, 'C4', 'value.textDate', { notMessage: ['dễ nhầm'], suggestion: ['25/06/2025'] })],
  },
  {
    name: 'dd-mm-yyyy and dd.mm.yyyy typed as text',
    covers: 'value.textDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '5-6-2025' }), award({ decisionDate: '15.01.2025' })] } },
    expected: [
      error(KT, 'C4', 'value.textDate', { message: ['dễ nhầm'], suggestion: ['05/06/2025'] }),
      error(KT, 'C5', 'value.textDate', { notMessage: ['dễ nhầm'], suggestion: ['15/01/2025'] }),
    ],
  },
  {
    name: 'same day and month is not ambiguous',
    covers: 'value.textDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '06/06/2025' })] } },
    expected: [error(KT, 'C4', 'value.textDate', { notMessage: ['dễ nhầm'] })],
  },
  {
    name: 'a real date serial passes',
    covers: 'value.textDate',
    workbook: { rows: { KhenThuong: [award({})] } },
    expected: [],
  },
  {
    name: 'impossible date 31/02',
    covers: 'value.invalidDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '31/02/2025' })] } },
    expected: [error(KT, 'C4', 'value.invalidDate', { message: ['"31/02/2025"', 'không phải ngày có thật'] })],
  },
  {
    name: 'serial beyond year 9999',
    covers: 'value.invalidDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: 9_999_999 })] } },
    expected: [error(KT, 'C4', 'value.invalidDate')],
  },
  {
    name: 'leap day typed as text is a real date (and still checked against the period)',
    covers: 'value.invalidDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '29/02/2024' })] } },
    expected: [error(KT, 'C4', 'value.textDate'), warning(KT, 'C4', 'award.dateOutsidePeriod', { message: ['29/02/2024'] })],
  },
  {
    name: 'a date with a time of day',
    covers: 'value.notDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: serial('2025-01-05') + 0.5 })] } },
    expected: [],
  },
  {
    name: 'words in a date cell',
    covers: 'value.notDate',
    workbook: { rows: { KhenThuong: [award({ decisionDate: 'tháng 6/2025' })] } },
    expected: [error(KT, 'C4', 'value.notDate', { message: ['"tháng 6/2025"'] })],
  },
  {
    name: 'a row with an award but no decision date and no title',
    covers: 'value.required',
    workbook: { rows: { KhenThuong: [award({ decisionDate: '', award: '' })] } },
    expected: [
      error(KT, 'C4', 'value.required', { message: ['Thiếu Ngày quyết định'] }),
      error(KT, 'E4', 'value.required', { message: ['Thiếu Danh hiệu / Hình thức'] }),
    ],
  },
  {
    name: 'a TTHC row without its field name',
    covers: 'value.required',
    workbook: { rows: { TTHC: [dossier({ field: '  ' })] } },
    expected: [error(TT, 'B4', 'value.required')],
  },
  {
    name: 'a row with only a note',
    covers: 'value.required',
    workbook: { rows: { ChiTieu: [{ note: 'bổ sung sau' }] } },
    expected: [error(CT, 'C4', 'value.required'), error(CT, 'E4', 'value.required'), error(CT, 'F4', 'value.required')],
  },
  {
    name: 'a completely empty row between rows is not an error',
    covers: 'value.required',
    workbook: { rows: { KhenThuong: [award({}), {}, award({ decisionNumber: '46/QĐ-SNNMT' })], TTHC: [{ field: '', online: null }] } },
    expected: [],
  },
  {
    name: 'optional columns may stay blank (returned dossiers, target, authority)',
    covers: 'value.required',
    workbook: {
      rows: {
        TTHC: [dossier({ returned: '', early: 22 })],
        GCN: [certificate({ target: '' })],
        KhenThuong: [award({ authority: '', decisionNumber: '' })],
      },
    },
    expected: [],
  },
  {
    name: 'a formula in an input cell without a stored result is unreadable, not blank',
    covers: 'value.formulaWithoutResult',
    workbook: { rows: { KhenThuong: [award({ quantity: '', 'quantity#formula': '=2+3' })] } },
    expected: [error(KT, 'G4', 'value.formulaWithoutResult', { message: ['công thức chưa có kết quả', '=2+3'], notMessage: ['Thiếu'], suggestion: ['lưu lại'] })],
  },
  {
    name: 'a row whose only input is a formula without a result is still a row',
    covers: 'value.formulaWithoutResult',
    workbook: { rows: { ChiTieu: [{ plan: '', 'plan#formula': '=100*2' }] } },
    expected: [error(CT, 'C4', 'value.required'), error(CT, 'E4', 'value.formulaWithoutResult'), error(CT, 'F4', 'value.required')],
  },
  {
    name: 'a formula in an input cell with its stored result is read as that result',
    covers: 'value.formulaWithoutResult',
    workbook: { rows: { KhenThuong: [award({ quantity: 5, 'quantity#formula': '=2+3' })] } },
    expected: [],
  },
  {
    name: 'a typed STT in an otherwise empty row only reports the overwritten formula',
    covers: 'value.required',
    workbook: { rows: { GCN: [{ stt: 7 }] } },
    expected: [warning(GC, 'A4', 'structure.formulaOverwritten')],
  },
];
