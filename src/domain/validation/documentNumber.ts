/**
 * Document numbers (NĐ 30/2020/NĐ-CP Phụ lục I; Luật Ban hành văn bản QPPL):
 * administrative "số/ký hiệu" (41/KH-CTĐII, 1051/STNMT-BVMT), normative "số/năm/ký hiệu"
 * (09/2022/QĐ-UBND, 06/2022/QH15) and Party "số-loại/cơ quan" (366-QĐ/TW). Leading zeros and
 * mixed case (012/CT-UBND, 512/TTtr-SNNMT) are real and accepted.
 */

export type DocumentNumberForm = 'administrative' | 'normative' | 'party';

export interface DocumentNumber {
  form: DocumentNumberForm;
  number: number;
  /** the year written in a normative number, else null */
  year: number | null;
  symbol: string;
}

const PART = '[\\p{L}\\d]+';
const SYMBOL = `${PART}(?:[-.&]${PART})*`;
const NORMATIVE = new RegExp(`^(\\d{1,6})/(\\d{4})/(${SYMBOL})$`, 'u');
const ADMINISTRATIVE = new RegExp(`^(\\d{1,6})/(${SYMBOL})$`, 'u');
const PARTY = new RegExp(`^(\\d{1,6})-(\\p{L}+)/(${SYMBOL})$`, 'u');
const HAS_LETTER = /\p{L}/u;

export function parseDocumentNumber(text: string): DocumentNumber | null {
  if (typeof text !== 'string') return null;
  const s = text.normalize('NFC').trim().replace(/\s*([/-])\s*/g, '$1');
  const normative = NORMATIVE.exec(s);
  if (normative && HAS_LETTER.test(normative[3])) {
    return { form: 'normative', number: Number(normative[1]), year: Number(normative[2]), symbol: normative[3] };
  }
  const administrative = ADMINISTRATIVE.exec(s);
  if (administrative && HAS_LETTER.test(administrative[2])) {
    return { form: 'administrative', number: Number(administrative[1]), year: null, symbol: administrative[2] };
  }
  const party = PARTY.exec(s);
  if (party) return { form: 'party', number: Number(party[1]), year: null, symbol: `${party[2]}/${party[3]}` };
  return null;
}
