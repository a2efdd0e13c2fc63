/**
 * Display text of a value under an Excel number format — the common formats only
 * ("General", "@", "#,##0", "#,##0.00", "0", "0.00", "0%", "0.00%", "dd/mm/yyyy", sections
 * with ";", quoted literals). Separators are en-US, as `range.text` returns through the API
 * regardless of the user's locale.
 */
import { CellErrorValue, Computed } from './model/cells';

/** Thousands and decimal separators of a locale's number text. */
export interface Separators {
  group: string;
  decimal: string;
}

/** What `range.text` uses through the API, whatever the user's locale. */
export const EN_US: Separators = { group: ',', decimal: '.' };
/** What Excel shows a clerk whose Windows is set to Vietnamese: 12.480 and 67,83%. */
export const VI_VN: Separators = { group: '.', decimal: ',' };

export function displayText(value: Computed, numberFormat: string | undefined, separators: Separators = EN_US): string {
  if (value === null || value === '') return '';
  if (value instanceof CellErrorValue) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = numberFormat ?? 'General';
  const sections = splitSections(format);
  if (typeof value === 'string') {
    const textSection = sections[3] ?? (sections.length === 1 && sections[0].includes('@') ? sections[0] : undefined);
    return textSection ? renderLiteral(textSection).replace('@', value) : value;
  }
  const generalText = (n: number) => general(n).replace('.', separators.decimal);
  if (format === 'General' || format === '') return generalText(value);
  if (format === '@') return generalText(value);
  let section = sections[0];
  let number = value;
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  if (/General/i.test(section)) return section.replace(/General/i, generalText(number));
  if (isDateFormat(section)) return formatDate(number, section);
  return formatNumber(number, section, separators);
}

export function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return n.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+').toUpperCase();
  return String(Number(n.toPrecision(10)));
}

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Drops colour/condition brackets and unquotes literals. */
function renderLiteral(section: string): string {
  return section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
}

function stripLiterals(section: string): string {
  return section.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(section: string): boolean {
  return /[dmyhs]/i.test(stripLiterals(section)) && !/[0#?]/.test(stripLiterals(section));
}

function formatNumber(value: number, section: string, separators: Separators): string {
  const body = stripLiterals(section);
  const percents = (body.match(/%/g) ?? []).length;
  let n = value * Math.pow(100, percents);
  const numberPart = /[0#?,.]+/.exec(body)?.[0] ?? '0';
  const [intPattern, decPattern = ''] = numberPart.split('.');
  const decimals = (decPattern.match(/[0#?]/g) ?? []).length;
  const grouping = intPattern.includes(',') && /[0#?]/.test(intPattern.slice(intPattern.indexOf(',') + 1));
  const trailingCommas = /,+$/.exec(intPattern)?.[0].length ?? 0;
  n = n / Math.pow(1000, trailingCommas);
  const negative = n < 0;
  const fixed = roundHalfAway(Math.abs(n), decimals).toFixed(decimals);
  let [intDigits, decDigits = ''] = fixed.split('.');
  const minInt = (intPattern.match(/0/g) ?? []).length;
  if (intDigits === '0' && minInt === 0) intDigits = '';
  intDigits = intDigits.padStart(minInt, '0');
  if (grouping) intDigits = intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, separators.group);
  const optional = (decPattern.match(/#/g) ?? []).length;
  if (optional > 0) decDigits = decDigits.replace(new RegExp(`0{1,${optional}}$`), '');
  const numberText = decDigits ? `${intDigits}${separators.decimal}${decDigits}` : intDigits;
  const rendered = renderLiteral(section.replace(/[0#?,.]+/, '\u0000')).replace('\u0000', numberText);
  return (negative && roundHalfAway(Math.abs(n), decimals) !== 0 ? '-' : '') + rendered;
}

function roundHalfAway(n: number, decimals: number): number {
  const f = Math.pow(10, decimals);
  return Math.round(n * f + Number.EPSILON * f) / f;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Excel serial (1900 system, days since 1899-12-30 for dates after Feb 1900) → text. */
function formatDate(serial: number, section: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const parts = {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    min: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  const source = section.replace(/\[[^\]]*\]/g, '');
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i);
    const token = /^(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|"[^"]*"|\\.)/i.exec(rest)?.[0];
    if (!token) {
      out += source[i];
      i++;
      continue;
    }
    i += token.length;
    const t = token.toLowerCase();
    if (t.startsWith('"')) out += token.slice(1, -1);
    else if (t.startsWith('\\')) out += token.slice(1);
    else if (t === 'yyyy') out += parts.y;
    else if (t === 'yy') out += pad(parts.y % 100);
    else if (t === 'mmmm' || t === 'mmm') out += MONTHS[parts.m - 1];
    else if (t === 'mm' || t === 'm') {
      const minutes = lastWasHour || /^[^a-z]*s/i.test(source.slice(i));
      const n = minutes ? parts.min : parts.m;
      out += t === 'mm' ? pad(n) : String(n);
    } else if (t === 'dd') out += pad(parts.d);
    else if (t === 'd') out += parts.d;
    else if (t === 'dddd' || t === 'ddd') out += d.toUTCString().slice(0, 3);
    else if (t === 'hh') out += pad(parts.h);
    else if (t === 'h') out += parts.h;
    else if (t === 'ss') out += pad(parts.s);
    else if (t === 's') out += parts.s;
    lastWasHour = t === 'hh' || t === 'h';
  }
  return out;
}
