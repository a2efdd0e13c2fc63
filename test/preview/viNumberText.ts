/**
 * The simulator formats numbers as an en-US Excel would ("46,800,000", "15.38%"); a clerk's
 * Excel under vi-VN shows the same format codes with "." for thousands and "," for decimals
 * ("46.800.000", "15,38%"). Text that is not a formatted number is left alone.
 */
export function viNumberText(text: string): string {
  if (!/^[-(]?[\d,]*\.?\d+(E[+-]?\d+)?%?\)?$/i.test(text.trim())) return text;
  return text.replace(/[,.]/g, (ch) => (ch === ',' ? '.' : ','));
}
