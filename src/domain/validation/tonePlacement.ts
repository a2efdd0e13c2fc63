/**
 * Vietnamese is written with two tone placements for a word-final "oa", "oe", "uy":
 * "hoà, khoẻ, thuỷ" (tone on the second vowel) and "hòa, khỏe, thủy" (on the first).
 * Catalogue values must match in either form, so both are brought to the form with the tone on the first vowel.
 */

/** combining grave, acute, tilde, hook above, dot below (NFD) */
const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
const END_OF_WORD = '(?![\\p{L}\\p{M}\\p{N}])';

const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})${END_OF_WORD}`, 'gu');
/** "uy" after "q" is not a diphthong ("quý" keeps its tone on y) */
const UY = new RegExp(`(^|[^qQ])([uU])([yY])(${TONE})${END_OF_WORD}`, 'gu');

/** Moves the tone of a word-final oa/oe/uy onto the first vowel: "Hoà" → "Hòa", "thuỷ" → "thủy". */
export function normaliseTonePlacement(text: string): string {
  const decomposed = text.normalize('NFD');
  if (!/[\u0300\u0301\u0303\u0309\u0323]/.test(decomposed)) return text.normalize('NFC');
  return decomposed.replace(OA_OE, '$1$3$2').replace(UY, '$1$2$4$3').normalize('NFC');
}
