import { editDistance, foldedKey, nearestEntry, normaliseTonePlacement, textKey } from '../../../src/domain/validation';

describe('normaliseTonePlacement', () => {
  it.each([
    ['Hoà', 'Hòa'],
    ['hoà bình', 'hòa bình'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoẻ', 'khỏe'],
    ['Uỷ ban', 'Ủy ban'],
    ['văn hoá', 'văn hóa'],
    ['HOÀ', 'HÒA'],
    ['toạ đàm', 'tọa đàm'],
    ['loè', 'lòe'],
  ])('moves the tone of %p onto the first vowel', (oldStyle, newStyle) => {
    expect(normaliseTonePlacement(oldStyle)).toBe(newStyle.normalize('NFC'));
    expect(normaliseTonePlacement(newStyle)).toBe(newStyle.normalize('NFC'));
  });

  it.each(['hoàn thành', 'quý', 'quỳnh', 'thuyền', 'khuya', 'ngoài', 'hoạch', 'Lao động tiên tiến', 'toàn quốc', 'hoa'])(
    'leaves %p alone when the tone does not move',
    (text) => {
      expect(normaliseTonePlacement(text)).toBe(text.normalize('NFC'));
    },
  );

  it('accepts NFD input', () => {
    expect(normaliseTonePlacement('Hoà'.normalize('NFD'))).toBe('Hòa');
  });
});

describe('textKey', () => {
  it('ignores NFC/NFD, case, spacing and tone placement', () => {
    const variants = ['Thôn, tổ dân phố văn hóa', 'THÔN, TỔ DÂN PHỐ VĂN HOÁ', '  thôn,  tổ dân phố   văn hoá ', 'Thôn, tổ dân phố văn hóa'.normalize('NFD')];
    expect(new Set(variants.map(textKey)).size).toBe(1);
  });

  it('keeps different words apart', () => {
    expect(textKey('Tập thể')).not.toBe(textKey('Tap the'));
    expect(foldedKey('Tập thể')).toBe(foldedKey('Tap the'));
    expect(foldedKey('Đơn vị')).toBe('don vi');
  });
});

describe('editDistance and nearestEntry', () => {
  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('suggests the closest entry, ignoring diacritics', () => {
    const entries = ['Lao động tiên tiến', 'Tập thể lao động tiên tiến', 'Chiến sĩ thi đua cơ sở'];
    expect(nearestEntry('lao dong tien tien', entries)).toBe('Lao động tiên tiến');
    expect(nearestEntry('Chiến sỹ thi đua cơ sở', entries)).toBe('Chiến sĩ thi đua cơ sở');
    expect(nearestEntry('Công ty ABC', entries)).toBeNull();
    expect(nearestEntry('x', [])).toBeNull();
  });
});
