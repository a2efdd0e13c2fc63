/**
 * What English text may still hold in Vietnamese: workbook names quoted as they are in the
 * workbook ("Khen thưởng"), document numbers as issued (98/2023/NĐ-CP, 366-QĐ/TW — any token
 * with a slash), and the proper names below. Everything else must be free of Vietnamese letters.
 */
const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The add-in's own name, and the official name of the one-stop system's form. */
export const PROPER_NAMES = ['Tổng kết', 'Biểu 06', 'Biểu số II.06a/VPCP/KSTT'];

export function unquotedVietnamese(text: string): string | null {
  let rest = text.replace(/"[^"]*"/g, '""').replace(/“[^”]*”/g, '""');
  for (const name of PROPER_NAMES) rest = rest.split(name).join('');
  rest = rest
    .split(/\s+/)
    .filter((token) => !token.includes('/'))
    .join(' ');
  const match = VIETNAMESE_LETTERS.exec(rest);
  return match ? rest.slice(Math.max(0, match.index - 20), match.index + 20) : null;
}
