/** The report header on "Thông tin". */
import { serial } from '../../../helpers/snapshot';
import { error, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { info: INFO } = SHEET;

export const HEADER_CASES: readonly CorpusCase[] = [
  {
    name: 'reporting unit blank',
    covers: 'header.required',
    workbook: { header: { DonViBaoCao: ' ' } },
    expected: [error(INFO, 'B3', 'header.required', { message: ['Đơn vị báo cáo'] })],
  },
  {
    name: 'period start blank',
    covers: 'header.required',
    workbook: { header: { KyBaoCaoTu: null } },
    expected: [error(INFO, 'B4', 'header.required', { message: ['Kỳ báo cáo từ ngày'] })],
  },
  {
    name: 'report date blank is allowed',
    covers: 'header.required',
    workbook: { header: { NgayBaoCao: '' } },
    expected: [],
  },
  {
    name: 'period end not in the workbook: the latest rule set is the default',
    covers: 'header.missing',
    workbook: { omitNames: ['KyBaoCaoDen'], header: { BoQuyTac: '' } },
    expected: [error(INFO, 'B5', 'header.missing', { message: ['"Kỳ báo cáo đến ngày"', '"Thông tin"'], notMessage: ['KyBaoCaoDen'] })],
    ruleSet: { id: 'TDKT-2025', source: 'default' },
  },
  {
    name: 'no period and a check date in 2023',
    covers: 'header.missing',
    today: '2023-06-01',
    workbook: { header: { KyBaoCaoTu: '', KyBaoCaoDen: '', BoQuyTac: '' } },
    expected: [error(INFO, 'B4', 'header.required'), error(INFO, 'B5', 'header.required')],
    ruleSet: { id: 'TDKT-2017', source: 'default' },
  },
  {
    name: 'period end typed as text: reported and still used',
    covers: 'header.textDate',
    workbook: { header: { KyBaoCaoDen: '14/12/2023', NgayBaoCao: serial('2023-12-20'), KyBaoCaoTu: serial('2022-12-15'), BoQuyTac: '' } },
    expected: [error(INFO, 'B5', 'header.textDate', { message: ['"14/12/2023"'], suggestion: ['14/12/2023'] })],
    ruleSet: { id: 'TDKT-2017', source: 'period' },
  },
  {
    name: 'period dates stored as dates',
    covers: 'header.textDate',
    workbook: {},
    expected: [],
  },
  {
    name: 'a calendar-quarter period',
    covers: 'header.notDate',
    workbook: { header: { KyBaoCaoTu: serial('2025-07-01'), KyBaoCaoDen: serial('2025-09-30'), NgayBaoCao: serial('2025-10-05') } },
    expected: [],
    ruleSet: { id: 'TDKT-2025', source: 'period' },
  },
  {
    name: 'period start is not a date',
    covers: 'header.notDate',
    workbook: { header: { KyBaoCaoTu: 'đầu năm' } },
    expected: [error(INFO, 'B4', 'header.notDate', { message: ['"đầu năm"'] })],
  },
  {
    name: 'period end before its start',
    covers: 'header.periodOrder',
    workbook: { header: { KyBaoCaoTu: serial('2025-12-14'), KyBaoCaoDen: serial('2024-12-15') } },
    expected: [error(INFO, 'B5', 'header.periodOrder', { message: ['15/12/2024', '14/12/2025'] })],
  },
  {
    name: 'a one-day period',
    covers: 'header.periodOrder',
    workbook: { header: { KyBaoCaoTu: serial('2025-12-14'), KyBaoCaoDen: serial('2025-12-14') } },
    expected: [],
  },
  {
    name: 'report dated before the end of the period',
    covers: 'header.reportBeforePeriodEnd',
    workbook: { header: { NgayBaoCao: serial('2025-12-01') } },
    expected: [warning(INFO, 'B6', 'header.reportBeforePeriodEnd', { message: ['01/12/2025', '14/12/2025'] })],
  },
  {
    name: 'report dated on the last day of the period',
    covers: 'header.reportBeforePeriodEnd',
    workbook: { header: { NgayBaoCao: serial('2025-12-14') } },
    expected: [],
  },
];
