import { jsonTextBytes, valueBytes } from '../../src/excel/payload';

const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('request size estimates', () => {
  it('counts a text as its JSON string takes in UTF-8: Vietnamese letters, quotes, control characters, emoji', () => {
    for (const text of ['', 'Lĩnh vực đất đai', 'Số "hồ sơ" \\ trễ hạn', 'a\u0007b\nc\t', 'Ghi chú 📎 đính kèm', 'Ằ'.repeat(300)]) {
      expect({ text, bytes: jsonTextBytes(text) }).toEqual({ text, bytes: utf8(text) });
    }
  });

  it('never counts a value shorter than it is written, separator included', () => {
    for (const value of [null, 0, 12345.678, -1e-7, true, 'x', 'Đơn vị báo cáo']) {
      expect(valueBytes(value)).toBeGreaterThanOrEqual(utf8(value === null ? '' : value) + 1);
    }
  });
});
