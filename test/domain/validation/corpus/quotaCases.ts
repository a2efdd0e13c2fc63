/** Quotas of the rule set, read from DM_ThamSo, and the rule-set choice itself. */
import { DM_THAM_SO } from '../../../../src/domain/contract';
import { serial, type SnapshotOptions } from '../../../helpers/snapshot';
import { award, error, rating, warning } from './rows';
import { SHEET, type CorpusCase } from './types';

const { awards: KT, ratings: XL, info: INFO } = SHEET;

const PERIOD_2023 = {
  KyBaoCaoTu: serial('2022-12-15'),
  KyBaoCaoDen: serial('2023-12-14'),
  NgayBaoCao: serial('2023-12-20'),
  BoQuyTac: 'TDKT-2017',
};

/** 20 Lao động tiên tiến and `base` Chiến sĩ thi đua cơ sở, decided in 2023. */
function emulationRows(base: number) {
  const date = serial('2023-01-10');
  return [
    award({ decisionDate: date, award: 'Lao động tiên tiến', quantity: 20 }),
    award({ decisionDate: date, award: 'Chiến sĩ thi đua cơ sở', quantity: base, decisionNumber: '46/QĐ-SNNMT' }),
  ];
}

function withParameter(name: string, value: string | number): SnapshotOptions['catalogues'] {
  return { DM_ThamSo: DM_THAM_SO.rows.map((r) => (r.name === name ? { ...r, value } : r)) };
}

export const QUOTA_CASES: readonly CorpusCase[] = [
  {
    name: 'CSTĐ cơ sở above 15% of Lao động tiên tiến in a 2023 report',
    covers: 'quota.baseEmulation',
    workbook: { header: PERIOD_2023, rows: { KhenThuong: emulationRows(4) } },
    expected: [warning(KT, 'E5', 'quota.baseEmulation', {
      message: ['(4)', '15%', '(20)', 'tối đa 3'],
      basis: ['Nghị định 91/2017/NĐ-CP Điều 9 khoản 3'],
    })],
    ruleSet: { id: 'TDKT-2017', source: 'period' },
  },
  {
    name: 'CSTĐ cơ sở at exactly 15%',
    covers: 'quota.baseEmulation',
    workbook: { header: PERIOD_2023, rows: { KhenThuong: emulationRows(3) } },
    expected: [],
  },
  {
    name: 'the same counts in a 2025 report: no quota since 2024',
    covers: 'quota.baseEmulation',
    workbook: {
      rows: {
        KhenThuong: [
          award({ quantity: 20 }),
          award({ award: 'Chiến sĩ thi đua cơ sở', quantity: 4, decisionNumber: '46/QĐ-SNNMT' }),
        ],
      },
    },
    expected: [],
    ruleSet: { id: 'TDKT-2025', source: 'period' },
  },
  {
    name: 'a 2025 report overridden to the 2017 rule set applies the quota',
    covers: 'quota.baseEmulation',
    workbook: {
      header: { BoQuyTac: 'tdkt-2017' },
      ruleSetFormula: 'tdkt-2017',
      rows: {
        KhenThuong: [
          award({ quantity: 20 }),
          award({ award: 'Chiến sĩ thi đua cơ sở', quantity: 4, decisionNumber: '46/QĐ-SNNMT' }),
        ],
      },
    },
    expected: [warning(KT, 'E5', 'quota.baseEmulation')],
    ruleSet: { id: 'TDKT-2017', source: 'override' },
  },
  {
    name: 'quota raised to 25% in DM_ThamSo',
    covers: 'quota.baseEmulation',
    workbook: {
      header: PERIOD_2023,
      catalogues: withParameter('Tỷ lệ tối đa Chiến sĩ thi đua cơ sở / Lao động tiên tiến', 0.25),
      rows: { KhenThuong: emulationRows(4) },
    },
    expected: [],
  },
  {
    name: 'Hoàn thành xuất sắc above 20% of Hoàn thành tốt',
    covers: 'quota.excellent',
    workbook: { rows: { XepLoai: [rating({ excellent: 5, good: 20 })] } },
    expected: [warning(XL, 'D4', 'quota.excellent', {
      message: ['Văn phòng Sở', '(5)', '20%', '(20)', 'tối đa 4'],
      basis: ['366-QĐ/TW', 'Nghị định 48/2023/NĐ-CP'],
    })],
  },
  {
    name: 'Hoàn thành xuất sắc exactly 20%',
    covers: 'quota.excellent',
    workbook: { rows: { XepLoai: [rating({ excellent: 4, good: 20 })] } },
    expected: [],
  },
  {
    name: 'quota typed as "25%" in DM_ThamSo',
    covers: 'quota.excellent',
    workbook: {
      catalogues: withParameter('Tỷ lệ tối đa Hoàn thành xuất sắc / Hoàn thành tốt', '25%'),
      rows: { XepLoai: [rating({ excellent: 5, good: 20 })] },
    },
    expected: [],
  },
  {
    name: 'DM_ThamSo missing: the default quota applies',
    covers: 'quota.excellent',
    workbook: { omitTables: ['DM_ThamSo'], rows: { XepLoai: [rating({ excellent: 5, good: 20 })] } },
    expected: [
      warning(XL, 'D4', 'quota.excellent', { message: ['20%'] }),
      warning(SHEET.catalogues, 'A1', 'structure.tableMissing', { message: ['danh mục "Tham số quy tắc"', 'mặc định'], notMessage: ['DM_'] }),
    ],
  },
  {
    name: 'unknown rule-set id in BoQuyTac',
    covers: 'ruleSet.unknown',
    workbook: { header: { BoQuyTac: 'TDKT-2030' }, ruleSetFormula: 'TDKT-2030' },
    expected: [error(INFO, 'B7', 'ruleSet.unknown', { message: ['"TDKT-2030"'], suggestion: ['TDKT-2017', 'TDKT-2025'] })],
    ruleSet: { id: 'TDKT-2025', source: 'period' },
  },
  {
    name: 'formula error in BoQuyTac',
    covers: 'ruleSet.unknown',
    workbook: { header: { BoQuyTac: '#NAME?' } },
    expected: [error(INFO, 'B7', 'ruleSet.unknown')],
  },
  {
    name: 'blank BoQuyTac: chosen from the period',
    covers: 'ruleSet.unknown',
    workbook: { header: { BoQuyTac: '', KyBaoCaoTu: serial('2024-01-01'), KyBaoCaoDen: serial('2024-12-31'), NgayBaoCao: serial('2025-01-05') } },
    expected: [],
    ruleSet: { id: 'TDKT-2024', source: 'period' },
  },
];
