/**
 * Excel's criteria wildcards: "?" is exactly one character, "*" any run of characters.
 * HyperFormula turns "?" into "one or none" (`.?`), so "?*" — "any non-empty text", the
 * summary's test that a catalogue match was found — also matches the empty text a formula
 * returns. This corrects the regular expression HyperFormula builds for a criterion (its
 * ArithmeticHelper is not public API: when its shape is not the one expected, nothing changes).
 */
import { HyperFormula } from 'hyperformula';

let patched = false;

/** `.?` (HyperFormula's "?") → `.`; escaped characters are copied as they are. */
export function excelWildcardSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '.' && source[i + 1] === '?') {
      out += '.';
      i++;
    } else out += c;
  }
  return out;
}

export function registerExcelWildcards(): void {
  if (patched) return;
  patched = true;
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const helper = (hf as any)._evaluator?.interpreter?.arithmeticHelper;
  hf.destroy();
  const proto = helper ? Object.getPrototypeOf(helper) : null;
  const original = proto?.buildRegex;
  if (typeof original !== 'function') return;
  proto.buildRegex = function (this: { config?: { useWildcards?: boolean; useRegularExpressions?: boolean } }, ...args: unknown[]): RegExp {
    const regex = original.apply(this, args) as RegExp;
    if (!this.config?.useWildcards || this.config.useRegularExpressions) return regex;
    return new RegExp(excelWildcardSource(regex.source), regex.flags);
  };
}
