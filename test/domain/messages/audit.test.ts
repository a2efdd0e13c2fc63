/**
 * The message tables: every Vietnamese template has an English one, and in English nothing
 * Vietnamese is left outside quoted workbook names — over every template, with parameters
 * that take each branch, and over the findings the checks really produce.
 */
import { renderMessage, vi, VI, type Msg } from '../../../src/domain/messages';
import { EN } from '../../../src/domain/messages/en';
import { validateWorkbook } from '../../../src/domain/validation';
import { findingText } from '../../../src/taskpane/findingText';
import { unquotedVietnamese } from '../../helpers/vietnamese';
import { stringsFor } from '../../../src/taskpane/i18n';
import { importStrings } from '../../../src/taskpane/import/strings';
import { consolidateStrings } from '../../../src/taskpane/consolidate/strings';
import { CATALOGUES, DATA_TABLES, FORMAT_VERSION, NAMED_CELLS, SHEET_ORDER, TTHC } from '../../../src/domain/contract';
import { planSetup } from '../../../src/domain/setup/planSetup';
import type { WorkbookSnapshot } from '../../../src/domain/snapshot';
import { CHECK_TABLE } from '../../../src/domain/contract/layout';
import { CORPUS } from '../validation/corpus';
import { buildSnapshot, serial } from '../../helpers/snapshot';
import { checkExport, mappingLines, planImport, readBieu06, type ExportReading } from '../../../src/domain/import/bieu06';
import { planMerge, readUnitReport } from '../../../src/domain/merge';
import { readPreviousYear } from '../../../src/domain/comparison/previousYear';
import type { Finding } from '../../../src/domain/validation/finding';
import { buildExport, CIRCULAR_EXPORT, FIELDS, VENDOR_COLUMNS, type ExportLayout } from '../../helpers/bieu06Exports';

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

/**
 * Messages whose parameters are messages themselves or other shapes (the Biểu 06 import, the
 * merge and the comparison, files chosen in the pane, the check's steps): realistic samples,
 * with variants that take each branch.
 */
const column = { id: 'import.column', p: { number: '(7)', header: 'Số hồ sơ đã giải quyết – Tổng số' } };
const row = { id: 'import.row', p: { name: 'Đất đai', row: 12 } };
const unit = { file: 'phong-a.xlsx', unit: 'Phòng Kế hoạch' };
const period = { from: '2024-12-15', to: '2025-12-14' };
const SAMPLES: Record<string, object[]> = {
  'internal.checkFailed': [
    { step: { id: 'check.step', p: { kind: 'values', sheet: 'Khen thưởng' } }, error: 'TypeError: x is not a function' },
    { step: { id: 'check.step', p: { kind: 'header' } }, error: 'RangeError' },
  ],
  'check.step': ['header', 'ruleSet', 'tables', 'catalogues', 'structure', 'outsideTable', 'excelLimits', 'hiddenRows', 'awardCatalogue', 'computed', 'formulas', 'values', 'rules'].flatMap(
    (kind) => [{ kind }, { kind, sheet: 'Xếp loại' }],
  ),
  'import.column': [column.p, { number: 'F', header: 'Số HS nhận giải quyết – Số mới tiếp nhận qua BCCI' }],
  'import.row': [row.p],
  'import.identity': [{ row, column, stated: 1250, parts: ['(8)', '(9)', '(10)'], sum: 1249 }, { row, column, stated: 3, parts: ['(12)', '(13)'], sum: 1005 }],
  'import.total': [{ row, column, stated: 9812, sum: 9811, members: 5, group: false }, { row, column, stated: 10, sum: 12, members: 1, group: true }],
  'import.unnamedRow': [{ row: 14 }],
  'import.blankAsZero': [{ column, count: 2, rows: [8, 10] }, { column, count: 1, rows: [8] }],
  'import.unreadable': [{ name: 'Thủy lợi', column, text: '250 hs' }],
  'import.notCount': [{ name: 'Thủy lợi', column, value: 2.5 }, { name: 'Đất đai', column, value: -3 }],
  'import.unknownColumn': [{ column }],
  'import.totalsRows': [{ count: 2, first: 15 }],
  'import.handTyped': [{ name: 'Đất đai', cell: 'TTHC!B7' }],
  'import.stale': [{ name: 'Xây dựng' }],
  'import.tableColumnMissing': [{ header: 'Đang giải quyết trong hạn' }],
  'import.noRoom': [{ count: 3, row: 20 }, { count: 1, row: 9 }],
  'import.onSheet': [{ sheet: 'Biểu 06', problem: { id: 'import.noRows' } }, { sheet: 'Bieu06', problem: { id: 'import.fieldMissing', p: { field: 'Số hồ sơ đang giải quyết – Trong hạn', target: 'Đang giải quyết trong hạn', unknown: [column] } } }],
  'import.unknownColumns': [{ columns: [column] }, { columns: [] }],
  'import.fieldMissing': [{ field: 'Số hồ sơ đang giải quyết – Trong hạn', target: 'Đang giải quyết trong hạn', unknown: [] }],
  'import.fieldTwice': [{ count: 2, field: 'Số mới tiếp nhận trực tuyến', columns: [column, column] }],
  'import.notFound': [{ file: 'danh-sách.xlsx' }],
  'import.file.xls': [{ file: 'biểu 06.xls' }],
  'import.file.notXlsx': [{ file: 'ghi-chú.txt' }],
  'import.file.corrupt': [{ file: 'hỏng.xlsx', error: 'End of data reached' }],
  'import.target.column': [{ header: 'Nhận trực tuyến' }],
  'import.target.check': [{ headers: ['Nhận trực tuyến', 'Nhận trực tiếp, bưu chính', 'Từ kỳ trước'] }],
  'import.target.inPerson': [{ header: 'Nhận trực tiếp, bưu chính' }],
  'import.target.returned': [{ header: 'Trả lại, rút, tạm dừng' }],
  'merge.period': [period, { from: null, to: null }],
  'merge.unitName': [unit, { ...unit, unit: '' }],
  'merge.newerFormat': [{ ...unit, version: 3, current: 2 }],
  'merge.noUnit': [{ ...unit, unit: '', label: 'Đơn vị báo cáo', sheet: 'Thông tin' }],
  'merge.twice': [{ unit: 'Phòng Kế hoạch', earlier: 'Phòng A.xlsx', file: 'phòng a.xlsx' }],
  'merge.noPeriod': [
    { ...unit, fromLabel: 'Kỳ báo cáo từ ngày', toLabel: 'Kỳ báo cáo đến ngày', reference: period },
    { ...unit, fromLabel: 'Kỳ báo cáo từ ngày', toLabel: 'Kỳ báo cáo đến ngày', reference: null },
  ],
  'merge.otherPeriod': [
    { ...unit, period: { from: '2023-12-15', to: '2024-12-14' }, reference: period, firstFile: null },
    { ...unit, period: { from: '2023-12-15', to: '2024-12-14' }, reference: period, firstFile: 'Phòng A.xlsx' },
  ],
  'merge.noTable': [{ sheet: 'Khen thưởng' }],
  'merge.noUnitColumn': [{ sheet: 'Khen thưởng', column: 'Đơn vị báo cáo' }],
  'merge.growthBlocked': [{ sheet: 'Khen thưởng', extra: 3, row: 40 }, { sheet: 'GCN', extra: 1, row: 12 }],
  'merge.catalogue.entry': [{ label: 'Lao động tiên tiến', since: '2024-01-01' }, { label: 'Lao động tiên tiến', since: null }],
  'merge.catalogue.extra': [{ cat: 'Danh hiệu thi đua, hình thức khen thưởng', entry: { label: 'Chiến sĩ thi đua cơ sở', since: '2024-01-01' } }],
  'merge.catalogue.value': [
    { cat: 'Danh hiệu thi đua, hình thức khen thưởng', entry: { label: 'Lao động tiên tiến', since: null }, column: 'Hệ số cá nhân', value: 0.5, ours: 0.3 },
    { cat: 'Mức lương cơ sở', entry: { label: '01/07/2024', since: null }, column: 'Mức lương cơ sở (đồng)', value: null, ours: 2_340_000 },
  ],
  'compare.newerFormat': [{ file: 'năm trước.xlsx', version: 3, current: 2 }],
  'compare.noPeriod': [{ label: 'Kỳ báo cáo đến ngày' }],
  'compare.previousNoPeriod': [{ file: 'năm trước.xlsx', label: 'Kỳ báo cáo đến ngày' }],
  'compare.notEarlier': [{ file: 'phong-a.xlsx', then: period, now: period, year: 2024 }, { file: 'phong-a.xlsx', then: { from: null, to: '2025-12-14' }, now: period, year: 2024 }],
  'file.xls': [{ file: 'đơn vị.xls' }],
  'file.notXlsx': [{ file: 'ghi-chú.txt' }],
  'file.noWorkbookPart': [{ file: 'tài liệu.docx' }],
  'file.corrupt': [{ file: 'hỏng.xlsx' }],
  'file.tooLarge': [
    { file: 'đơn vị.xlsx', detail: { id: 'zip.ratio', p: { part: 'xl/sharedStrings.xml', compressed: 104_858, size: 52_428_800, ratio: 500, limit: 200 } } },
    { file: 'đơn vị.xlsx', detail: { id: 'zip.total', p: { total: 1_610_612_736, limit: 1_073_741_824 } } },
    { file: 'đơn vị.xlsx', detail: { id: 'zip.lyingSize', p: { part: 'xl/worksheets/sheet1.xml', size: 1_536 } } },
  ],
  'zip.ratio': [{ part: 'xl/sharedStrings.xml', compressed: 104_858, size: 52_428_800, ratio: 500, limit: 200 }],
  'zip.total': [{ total: 1_610_612_736, limit: 1_073_741_824 }],
  'zip.lyingSize': [{ part: 'xl/worksheets/sheet1.xml', size: 1_536 }],
  'file.caseDuplicate': [{ file: 'trùng tên.xlsx', first: 'KhenThuong', firstSheet: 'Khen thưởng', second: 'khenthuong', secondSheet: 'Xếp loại' }],
};

describe('message templates', () => {
  it('has an English template for every Vietnamese one, and no other', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(VI).sort());
  });

  // "verbatim" shows a text made outside the tables as it is; no converted finding uses it (see below).
  const ids = Object.keys(VI).filter((id) => id !== 'verbatim');

  it('has samples only for ids of the tables', () => {
    expect(Object.keys(SAMPLES).filter((id) => !(id in VI))).toEqual([]);
  });

  it.each(ids)('%s renders in English without Vietnamese outside quoted workbook names', (id) => {
    for (const p of SAMPLES[id] ?? [BAG, OTHER_BRANCHES]) {
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
    const all = [...texts(stringsFor('en'), 'en'), ...texts(importStrings('en'), 'import'), ...texts(consolidateStrings('en'), 'consolidate')];
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

describe('the Biểu 06 import, the merge and the comparison, as the pane shows them', () => {
  const identifiers = [
    ...DATA_TABLES.filter((t) => t.name !== t.sheet).map((t) => t.name),
    ...CATALOGUES.map((c) => c.name),
    CHECK_TABLE.name,
    ...NAMED_CELLS.map((n) => n.name),
  ];
  /** Nothing Vietnamese outside quotes in English, and no table or named-cell identifier in either language. */
  function expectClerkWords(messages: readonly Msg[], what: string): void {
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      const english = renderMessage(message, EN, 'en');
      const vietnamese = renderMessage(message, VI, 'vi');
      expect({ what, english, leak: unquotedVietnamese(english) }).toEqual({ what, english, leak: null });
      for (const text of [english, vietnamese]) {
        expect(text).not.toMatch(/undefined|\[object|NaN/);
        expect({ what, text, identifiers: identifiers.filter((id) => new RegExp(`\\b${id}\\b`).test(text)) }).toEqual({ what, text, identifiers: [] });
      }
    }
  }
  function findingMessages(findings: readonly Finding[]): Msg[] {
    for (const f of findings) expect({ rule: f.rule, text: f.text !== undefined }).toEqual({ rule: f.rule, text: true });
    return findings.flatMap((f) => [f.text!.message, ...(f.text!.suggestion ? [f.text!.suggestion] : []), ...(f.text!.basis ? [f.text!.basis] : [])]);
  }
  function reading(layout: ExportLayout): ExportReading {
    const result = readBieu06([buildExport(layout).grid], 'biểu 06.xlsx');
    if (!result.ok) throw new Error(result.problems.map(vi).join('\n'));
    return result.reading;
  }

  it('the export\'s own findings: totals and identities that do not add up, blank and unreadable cells, unknown columns, groups', () => {
    const buggy = reading({ ...CIRCULAR_EXPORT, totalsBug: { column: 4, delta: 1 }, rowBug: { row: 1, column: 6, delta: -2 } });
    const vendor = reading({
      columns: VENDOR_COLUMNS,
      rows: [],
      groups: [
        { label: 'Cấp tỉnh', rows: FIELDS.slice(0, 3), subtotal: true },
        { label: 'Cấp xã', rows: FIELDS.slice(3, 5) },
      ],
      totals: 'first',
      rowBug: { row: 0, column: 3, delta: 5 },
    });
    const { grid } = buildExport(CIRCULAR_EXPORT);
    const first = grid.cells.findIndex((r) => r[1] === 'Đất đai');
    grid.cells[first][12] = null;
    grid.cells[first + 1][7] = '250 hs';
    grid.cells[first + 2][8] = 2.5;
    const blanks = readBieu06([grid], 'biểu 06.xlsx');
    if (!blanks.ok) throw new Error('unreadable');
    const findings = [...buggy.findings, ...checkExport(buggy), ...vendor.findings, ...checkExport(vendor), ...blanks.reading.findings, ...checkExport(blanks.reading)];
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(['import.bieu06.total', 'import.bieu06.identity', 'import.bieu06.blankAsZero', 'import.bieu06.unreadable', 'import.bieu06.notCount']),
    );
    expectClerkWords(findingMessages(findings), 'export findings');
    for (const f of findings) expect(findingText(f, 'en').message).toBe(renderMessage(f.text!.message, EN, 'en'));
  });

  it('the column mapping, every kind of line', () => {
    const lines = [...mappingLines(reading(CIRCULAR_EXPORT)), ...mappingLines(reading({ ...CIRCULAR_EXPORT, columns: VENDOR_COLUMNS }))];
    const targets = new Set(lines.map((l) => l.target.id));
    expect([...targets].sort()).toEqual(
      expect.arrayContaining(['import.target.check', 'import.target.column', 'import.target.ignored.awaiting', 'import.target.ignored.rate', 'import.target.inPerson', 'import.target.returned', 'import.target.stt']),
    );
    expectClerkWords(lines.flatMap((l) => [l.column, l.target]), 'mapping');
  });

  it('refusals to read an export', () => {
    const columns = CIRCULAR_EXPORT.columns.filter((col) => col.path.join() !== 'Số hồ sơ đang giải quyết,Trong hạn');
    const missing = readBieu06([buildExport({ ...CIRCULAR_EXPORT, columns }).grid], 'biểu 06.xlsx');
    const notAnExport = readBieu06([{ sheet: 'Sheet1', cells: [['Họ tên', 'Ngày sinh'], ['An', 1]], merges: [] }], 'danh sách.xlsx');
    const problems = [missing, notAnExport].flatMap((r) => (r.ok ? [] : r.problems));
    expect(problems).toHaveLength(2);
    expectClerkWords(problems, 'export refusals');
  });

  it('the import\'s own findings (a hand-typed row kept, an earlier import\'s row no longer in the export) and its refusals', () => {
    const export06 = reading(CIRCULAR_EXPORT);
    const snapshot = buildSnapshot({
      rows: {
        TTHC: [
          { field: FIELDS[0].name, online: 1, inPerson: 0, carriedOver: 0, early: 1, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0 },
          { field: 'Lĩnh vực đã bỏ', online: 1, inPerson: 0, carriedOver: 0, early: 1, onTime: 0, late: 0, pendingWithin: 0, pendingOverdue: 0, 'Ghi chú': 'Nhập từ Biểu 06 (năm trước.xlsx)' },
        ],
      },
    });
    const plan = planImport(snapshot, export06);
    expect(plan.findings.map((f) => f.rule).sort()).toEqual(['import.bieu06.handTyped', 'import.bieu06.stale']);
    const refused = planImport({ sheets: [], tables: [], names: {}, formatVersion: null }, export06);
    expect(refused.refusals.map((r) => r.id)).toEqual(['import.noTable']);
    expectClerkWords([...findingMessages(plan.findings), ...refused.refusals], 'import');
  });

  it('what keeps the template from creating a table (the import refusal lists it): every conflict a message of its own', () => {
    const busy = Object.fromEntries(SHEET_ORDER.map((sheet) => [sheet, { rows: 40, columns: 30 }]));
    const typedOver: WorkbookSnapshot = { sheets: [...SHEET_ORDER], tables: [], names: {}, formatVersion: null, usedExtents: busy };
    const headers = TTHC.columns.map((c) => (c.header === 'Nhận trực tuyến' ? 'Nhận online' : c.header));
    const row = headers.map(() => 1);
    const tthc = { name: TTHC.name, sheet: TTHC.sheet, headerRow: 2, firstColumn: 0, headers, values: [row], formulas: [row], showTotals: false, below: [] };
    const renamed: WorkbookSnapshot = { sheets: [...SHEET_ORDER], tables: [tthc], names: {}, formatVersion: null, usedExtents: {} };
    const elsewhere: WorkbookSnapshot = { ...renamed, tables: [{ ...tthc, sheet: 'GCN', headers: TTHC.columns.map((c) => c.header) }] };
    const newer: WorkbookSnapshot = { ...renamed, tables: [], formatVersion: FORMAT_VERSION + 1 };
    const conflicts = [typedOver, renamed, elsewhere, newer].flatMap((snapshot) => planSetup(snapshot, { dataValidation: true }).conflicts);
    expect([...new Set(conflicts.map((c) => c.text.id))].sort()).toEqual([
      'setup.checkSheetBusy',
      'setup.columnsRenamed',
      'setup.namedCellBlocked',
      'setup.newerFormat',
      'setup.summaryNotOurs',
      'setup.tableBlocked',
      'setup.tableElsewhere',
    ]);
    for (const c of conflicts) expect(c.message).toBe(vi(c.text));
    // A blocked named cell names the name: the clerk types it into Define Name.
    const [naming, others] = [conflicts.filter((c) => c.text.id === 'setup.namedCellBlocked'), conflicts.filter((c) => c.text.id !== 'setup.namedCellBlocked')];
    for (const c of naming) expect(unquotedVietnamese(renderMessage(c.text, EN, 'en'))).toBeNull();
    expectClerkWords(
      others.map((c) => c.text),
      'setup conflicts',
    );
  });

  it('merge refusals and catalogue differences', () => {
    const unit = (name: string, from = '2024-12-15', to = '2025-12-14', formatVersion: number | null = null) => {
      const snapshot = buildSnapshot({ header: { DonViBaoCao: name, KyBaoCaoTu: serial(from), KyBaoCaoDen: serial(to) } });
      return readUnitReport(formatVersion === null ? snapshot : { ...snapshot, formatVersion }, `${name || 'không tên'}.xlsx`, 'ab'.repeat(32));
    };
    const target = buildSnapshot({ header: { KyBaoCaoTu: serial('2024-12-15'), KyBaoCaoDen: serial('2025-12-14') } });
    const refused = planMerge(target, [unit('Phòng A'), unit('phòng a'), unit(''), unit('Phòng D', '2023-12-15', '2024-12-14'), unit('Phòng E', '2024-12-15', '2025-12-14', 99)], new Date(2025, 11, 20));
    const noTables = planMerge({ sheets: [], tables: [], names: {}, formatVersion: null }, [unit('Phòng A')], new Date(2025, 11, 20));
    const nothing = planMerge(buildSnapshot({ omitNames: ['KyBaoCaoTu', 'KyBaoCaoDen'] }), [], new Date(2025, 11, 20));
    const refusals = [refused, noTables, nothing].flatMap((o) => (o.ok ? [] : o.refusals));
    expect(new Set(refusals.map((r) => r.id))).toEqual(new Set(['merge.twice', 'merge.noUnit', 'merge.otherPeriod', 'merge.newerFormat', 'merge.noTable', 'merge.nothing']));
    const awards = CATALOGUES.find((c) => c.name === 'DM_DanhHieu')!;
    const other = buildSnapshot({
      header: { DonViBaoCao: 'Phòng B', KyBaoCaoTu: serial('2024-12-15'), KyBaoCaoDen: serial('2025-12-14') },
      catalogues: { DM_DanhHieu: [{ ...awards.rows[0], individual: 77 }, { name: 'Danh hiệu riêng của phòng', individual: 0.5 }] },
    });
    const merged = planMerge(target, [readUnitReport(other, 'Phòng B.xlsx', 'cd'.repeat(32))], new Date(2025, 11, 20));
    const differences = merged.ok ? merged.plan.units.flatMap((u) => u.catalogueWarnings) : [];
    expect(new Set(differences.map((d) => d.id))).toEqual(new Set(['merge.catalogue.extra', 'merge.catalogue.value']));
    expectClerkWords([...refusals, ...differences], 'merge');
  });

  it('comparison refusals', () => {
    const book = (to: string | null) =>
      to ? buildSnapshot({ header: { KyBaoCaoTu: serial(`${Number(to.slice(0, 4)) - 1}-12-15`), KyBaoCaoDen: serial(to) } }) : buildSnapshot({ omitNames: ['KyBaoCaoDen'] });
    const refusals = [
      readPreviousYear(book('2025-12-14'), book('2025-12-14'), 'cùng năm.xlsx'),
      readPreviousYear(book(null), book('2024-12-14'), 'năm trước.xlsx'),
      readPreviousYear(book('2025-12-14'), book(null), 'năm trước.xlsx'),
      readPreviousYear(book('2025-12-14'), { ...book('2024-12-14'), formatVersion: 99 }, 'mới hơn.xlsx'),
    ].flatMap((o) => (o.ok ? [] : [o.refusal]));
    expect(refusals.map((r) => r.id)).toEqual(['compare.notEarlier', 'compare.noPeriod', 'compare.previousNoPeriod', 'compare.newerFormat']);
    expectClerkWords(refusals, 'comparison');
  });
});
