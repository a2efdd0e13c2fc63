/**
 * Comparison keys for an export's header and label texts: no diacritics, lower case, words
 * separated by single spaces, and the abbreviations one-stop systems print spelt out, so
 * "Số HS đã giải quyết", "SỐ HỒ SƠ ĐÃ\nGIẢI QUYẾT" and NFD text all give one key.
 */
const ABBREVIATIONS: Record<string, string> = {
  tthc: 'thu tuc hanh chinh',
  hs: 'ho so',
  hso: 'ho so',
  gq: 'giai quyet',
  gqtthc: 'giai quyet thu tuc hanh chinh',
  bcci: 'buu chinh cong ich',
  dvbc: 'dich vu buu chinh',
  dvc: 'dich vu cong',
  sl: 'so luong',
  ttuyen: 'truc tuyen',
};

export function headerKey(text: string): string {
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
  if (folded === '') return '';
  return folded
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

/** The key of a header text without its explanatory notes: "Đúng hạn (bao gồm cả hồ sơ trả lại)" is "dung han". */
export function headerTextKey(text: string): string {
  const withoutNotes = headerKey(text.replace(/\([^)]*\)/g, ' '));
  return withoutNotes === '' ? headerKey(text) : withoutNotes;
}

/** Does the key contain the phrase as whole words? */
export function hasPhrase(key: string, phrase: string): boolean {
  return ` ${key} `.includes(` ${phrase} `);
}

export function hasAny(key: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => hasPhrase(key, p));
}
