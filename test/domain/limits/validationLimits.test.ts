import { DATA_TABLES } from '../../../src/domain/contract/tables';
import { NAMED_CELLS as HEADER_FIELDS } from '../../../src/domain/contract/header';
import { headerDateValidation, nativeValidationFor, needsListRange, validationTitle } from '../../../src/domain/setup/nativeValidation';

describe("data validation within Excel's limits (title 32, message 255, explicit list 255)", () => {
  const all = [
    ...DATA_TABLES.flatMap((t) => t.columns.map((c) => ({ where: `${t.name}[${c.header}]`, v: nativeValidationFor(t, c, 3, (key) => t.columns.findIndex((x) => x.key === key)) }))),
    ...HEADER_FIELDS.filter((f) => f.type === 'date').map((f) => ({ where: f.label, v: headerDateValidation(f.name, f.label) })),
  ].filter((x) => x.v !== null);

  test.each(all.map((x) => [x.where, x.v] as const))('%s', (_where, v) => {
    expect(v!.title.length).toBeLessThanOrEqual(32);
    expect(v!.message.length).toBeLessThanOrEqual(255);
    if (v!.rule.type === 'List' && !v!.rule.source.startsWith('=')) expect(v!.rule.source.length).toBeLessThanOrEqual(255);
  });

  test('a long caption is cut at a word with "…"', () => {
    expect(validationTitle('Tiền thưởng theo quyết định (đồng)')).toBe('Tiền thưởng theo quyết định…');
    expect(validationTitle('Số GCN đã cấp')).toBe('Số GCN đã cấp');
  });

  test('a fixed list longer than 255 characters goes to cells with a name', () => {
    const values = Array.from({ length: 40 }, (_, i) => `Giá trị số ${i + 1}`);
    expect(values.join(',').length).toBeGreaterThan(255);
    expect(needsListRange(values)).toBe(true);
    expect(needsListRange(['Có', 'Không'])).toBe(false);
  });
});
