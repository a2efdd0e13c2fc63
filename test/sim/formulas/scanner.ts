/**
 * A small lexer for Excel formulas: enough to find string literals, quoted sheet names,
 * structured references, identifiers (names, TRUE/FALSE), function names and A1 cell
 * references, so they can be rewritten without touching anything else.
 */

export type Token =
  | { kind: 'text'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'sheet'; text: string }
  | { kind: 'function'; text: string }
  | { kind: 'cell'; text: string }
  | { kind: 'name'; text: string }
  /** `table` is null for the table-less form used inside a table ("[@Header]"). */
  | { kind: 'structured'; text: string; table: string | null; inner: string };

const IDENT_START = /[\p{L}_\\$]/u;
const IDENT_CHAR = /[\p{L}\p{N}_.\\$]/u;
const CELL_REF = /^\$?[A-Za-z]{1,3}\$?\d+$/;

export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const s = formula;
  let i = 0;
  let plain = '';
  const flush = () => {
    if (plain) tokens.push({ kind: 'text', text: plain });
    plain = '';
  };
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      flush();
      tokens.push({ kind: 'string', text: s.slice(i, j + 1) });
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < s.length) {
        if (s[j] === "'") {
          if (s[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      const end = s[j + 1] === '!' ? j + 2 : j + 1;
      flush();
      tokens.push({ kind: 'sheet', text: s.slice(i, end) });
      i = end;
    } else if (ch === '[') {
      const end = closingBracket(s, i);
      flush();
      tokens.push({ kind: 'structured', text: s.slice(i, end), table: null, inner: s.slice(i + 1, end - 1) });
      i = end;
    } else if (/\d/.test(ch) || (ch === '.' && /\d/.test(s[i + 1] ?? ''))) {
      const m = /^(\d*\.?\d+|\d+\.?)([eE][+-]?\d+)?/.exec(s.slice(i));
      const text = m ? m[0] : ch;
      // "1:3" row ranges and numbers are plain text for every rewrite done here
      plain += text;
      i += text.length;
    } else if (IDENT_START.test(ch)) {
      let j = i + 1;
      while (j < s.length && IDENT_CHAR.test(s[j])) j++;
      const ident = s.slice(i, j);
      flush();
      if (s[j] === '[' && !ident.includes('$')) {
        const end = closingBracket(s, j);
        tokens.push({ kind: 'structured', text: s.slice(i, end), table: ident, inner: s.slice(j + 1, end - 1) });
        i = end;
        continue;
      }
      if (s[j] === '!') {
        tokens.push({ kind: 'sheet', text: s.slice(i, j + 1) });
        i = j + 1;
        continue;
      }
      if (s[j] === '(') tokens.push({ kind: 'function', text: ident });
      else if (CELL_REF.test(ident)) tokens.push({ kind: 'cell', text: ident });
      else tokens.push({ kind: 'name', text: ident });
      i = j;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  return tokens;
}

/** Index just after the bracket that closes the one at `start`; `'` escapes one character. */
export function closingBracket(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return s.length;
}

export function untokenize(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join('');
}

/** Moves relative A1 references by (rows, cols), as Excel does when one formula fills many cells. */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const tokens = tokenize(formula).map((t): Token => {
    if (t.kind !== 'cell') return t;
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(t.text);
    if (!m) return t;
    let letters = m[2].toUpperCase();
    if (!m[1]) {
      let n = 0;
      for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
      n += cols;
      letters = '';
      while (n > 0) {
        const rem = (n - 1) % 26;
        letters = String.fromCharCode(65 + rem) + letters;
        n = Math.floor((n - 1) / 26);
      }
    }
    const row = m[3] ? Number(m[4]) : Number(m[4]) + rows;
    if (row < 1 || letters === '') return { kind: 'text', text: '#REF!' };
    return { kind: 'cell', text: `${m[1]}${letters}${m[3]}${row}` };
  });
  return untokenize(tokens);
}
