/**
 * The message tables: every Vietnamese template has an English one, and in English nothing
 * Vietnamese is left outside quoted workbook names — over every template, with parameters
 * that take each branch, and over the findings the checks really produce.
 */
import { renderMessage, VI, type Msg } from '../../../src/domain/messages';
import { EN } from '../../../src/domain/messages/en';
import { validateWorkbook } from '../../../src/domain/validation';
import { findingText } from '../../../src/taskpane/findingText';
import { unquotedVietnamese } from '../../helpers/vietnamese';
import { stringsFor } from '../../../src/taskpane/i18n';
import { CATALOGUES, DATA_TABLES, NAMED_CELLS } from '../../../src/domain/contract';
import { CHECK_TABLE } from '../../../src/domain/contract/layout';
import { CORPUS } from '../validation/corpus';
import { buildSnapshot } from '../../helpers/snapshot';

/** Parameters for every template, with Vietnamese workbook names, in two variants that take the other branches. */
const BAG = {
  sheet: 'Khen thưởng', column: 'Ngày quyết định', label: 'Đơn vị báo cáo', cat: 'Tham số quy tắc', aliasCat: 'Tên gọi khác', catColumn: 'Tên',
  value: 'Lao dong tien tien', entry: 'Lao động tiên tiến', entries: ['Tập thể', 'Cá nhân'], award: 'Chiến sĩ thi đua cơ sở', allowed: ['Cá nhân'],
  recipient: 'Tập thể', other: 'Tập thể lao động tiên tiến', multiplier: 1.5, salary: 2_340_000, cap: 3_510_000, amount: 5_000_000,
  date: '2025-06-09', from: '2025-01-01', to: '2025-12-31', reportDate: '2025-12-15', today: '2025-12-20', end: '2025-12-31',
  windows: [{ from: '2018-01-01', to: '2023-12-31' }], signer: 'Giám đốc Sở', authorities: ['Chủ tịch UBND tỉnh'], symbol: 'QĐ-TTg',
  issuers: ['Thủ tướng Chính phủ', 'Chủ tịch nước'], year: 2026, cell: 'B5', name: 'Nguyễn Văn An', decision: '12/QĐ-UBND',
  limitedName: 'Chiến sĩ thi đua cơ sở', baseName: 'Lao động tiên tiến', limited: 5, base: 20, ratio: 0.15, max: 3, unit: 'Phòng Tổ chức',
  excellent: 5, good: 20, received: 10, resolved: 5, pending: 3, returned: 1, difference: 1, shown: 2, parcels: 1, issued: 2, kind: 'Đăng ký lần đầu',
  step: 'Khen thưởng', error: 'TypeError', first: { id: 'value.required', p: { column: 'Số lượng' } }, count: 4, cells: ['B6', 'B7'], more: 0,
  ids: ['TDKT-2017', 'TDKT-2024'], toLabel: 'Kỳ báo cáo đến ngày', fromLabel: 'Kỳ báo cáo từ ngày', ambiguous: { day: '05', month: '06' },
  example: 3, number: 1234.5, intended: 1234, min: 0, exclusive: false, limitColumn: 'Số lượng', limit: 5, law: { id: 'law.land' },
  hidden: 2, filtered: true, headers: [{ typed: 'Số lượng ', header: 'Số lượng', kinds: ['spaces'] }],
  formula: '=B4*2',
  decidedColumn: 'Tiền thưởng theo quyết định (đồng)', columns: ['Số thửa', 'Ghi chú'], version: 3, current: 2, range: 'A1:C5', missing: ['Số thửa'], foreign: ['Số thửa (cũ)'],
  table: { id: 'caption.table', p: { sheet: 'GCN' } }, actual: 12, expected: 13, key: 'tthc.received', title: 'Thủ tục hành chính — Tổng số nhận',
  check: false, capital: false, rule: 'quota.excellent', parameter: 'Tỷ lệ Hoàn thành xuất sắc tối đa', basis: 'Luật 06/2022/QH15, Điều 24', blocksCompute: true,
};
const OTHER_BRANCHES = {
  ...BAG, hidden: 1, filtered: false, other: null, reportDate: null, ambiguous: null, blocksCompute: false, exclusive: true, cat: null, difference: -2, unit: '',
  basis: null, good: 0, more: 3, windows: [{ from: null, to: '2023-12-31' }], rule: 'quota.baseEmulation', value: 1234.5, count: 1, issued: 1,
  headers: [{ typed: 'SỐ  LƯỢNG', header: 'Số lượng', kinds: ['spaces', 'case'] }, { typed: 'Ghi\u00a0chú', header: 'Ghi chú', kinds: ['otherSpace', 'unicode'] }],
  key: 'awards.line.3', actual: null, check: true, capital: true, table: { id: 'caption.table', p: { cat: 'Tham số quy tắc' } },
};

describe('message templates', () => {
  it('has an English template for every Vietnamese one, and no other', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(VI).sort());
  });

  // "verbatim" shows a text made outside the tables as it is; no converted finding uses it (see below).
  const ids = Object.keys(VI).filter((id) => id !== 'verbatim');

  it.each(ids)('%s renders in English without Vietnamese outside quoted workbook names', (id) => {
    for (const p of [BAG, OTHER_BRANCHES]) {
      const english = renderMessage({ id, p } as Msg, EN, 'en');
      expect(english).not.toMatch(/undefined|\[object|NaN/);
      expect(unquotedVietnamese(english)).toBeNull();
      const vietnamese = renderMessage({ id, p } as Msg, VI, 'vi');
      expect(vietnamese).not.toMatch(/undefined|\[object|NaN/);
    }
  });

  it('says "1 error / 2 errors" in English and formats numbers per language', () => {
    const one = { id: 'certificate.area', p: { issued: 1 } };
    const many = { id: 'certificate.area', p: { issued: 1234 } };
    expect(renderMessage(one, EN, 'en')).toMatch(/^1 certificate was issued/);
    expect(renderMessage(many, EN, 'en')).toMatch(/^1,234 certificates were issued/);
    expect(renderMessage(many, VI, 'vi')).toMatch(/^Đã cấp 1\.234 GCN/);
  });
});

describe('the findings the checks produce', () => {
  const findings = CORPUS.flatMap((c) => validateWorkbook(buildSnapshot(c.workbook), c.today ? { today: c.today } : {}).findings);

  it('come from the corpus, every one as messages', () => {
    expect(findings.length).toBeGreaterThan(50);
    for (const f of findings) expect({ rule: f.rule, text: f.text !== undefined }).toEqual({ rule: f.rule, text: true });
  });

  it('read in English with no Vietnamese outside quoted workbook names', () => {
    for (const f of findings) {
      const shown = findingText(f, 'en');
      for (const text of [shown.message, shown.suggestion, shown.basis, shown.column]) {
        expect({ rule: f.rule, leak: unquotedVietnamese(text) }).toEqual({ rule: f.rule, leak: null });
      }
    }
  });
});

describe('the pane strings in English', () => {
  // The pane's own strings: every text, and every function's text (called with numbers, so only its own words are tested).
  function texts(value: unknown, path: string): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    if (typeof value === 'function') return [[path, String(value(2, 2, 2, 2))]];
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
    return [];
  }

  it('hold no Vietnamese outside quoted workbook names and proper names', () => {
    const all = texts(stringsFor('en'), 'en');
    expect(all.length).toBeGreaterThan(80);
    for (const [path, text] of all) expect({ path, leak: unquotedVietnamese(text) }).toEqual({ path, leak: null });
  });

  it('count with English plurals: "1 error", "2 errors"', () => {
    const en = stringsFor('en');
    expect(en.checkErrorsTitle(1, 0)).toBe('1 error');
    expect(en.checkErrorsTitle(2, 1)).toBe('2 errors and 1 warning');
  });
});

describe('identifiers stay out of what a clerk reads', () => {
  // Table and name identifiers of the contract that differ from the sheet captions a clerk sees
  // (TTHC and GCN are both a table's and its sheet's name).
  const identifiers = [
    ...DATA_TABLES.filter((t) => t.name !== t.sheet).map((t) => t.name),
    ...CATALOGUES.map((c) => c.name),
    CHECK_TABLE.name,
    ...NAMED_CELLS.map((n) => n.name),
  ];
  const findings = CORPUS.flatMap((c) => validateWorkbook(buildSnapshot(c.workbook), c.today ? { today: c.today } : {}).findings);

  it('no finding names a table or a named cell by its identifier, in Vietnamese (workbook, CLI) or in English (pane)', () => {
    expect(identifiers).toEqual(expect.arrayContaining(['KhenThuong', 'DM_DanhHieu', 'KiemTra', 'DonViBaoCao']));
    for (const f of findings) {
      const shown = findingText(f, 'en');
      const texts = [f.message, f.suggestion, f.basis, shown.message, shown.suggestion, shown.basis];
      const found = identifiers.filter((id) => texts.some((t) => new RegExp(`\\b${id}\\b`).test(t)));
      expect({ rule: f.rule, identifiers: found }).toEqual({ rule: f.rule, identifiers: [] });
    }
  });
});
