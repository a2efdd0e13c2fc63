/** Number, date and value formatting for messages, per language. */
import { isoToVietnamese } from '../util/dates';
import type { Fmt, Language, Msg, Template } from './types';

function formatNumber(value: number, group: string, decimal: string): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value).replace('.', decimal);
  const sign = value < 0 ? '-' : '';
  const fixed = Math.abs(value).toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  const [integerPart, fraction] = fixed.split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return sign + grouped + (fraction ? `${decimal}${fraction}` : '');
}

const SEPARATORS: Record<Language, [string, string]> = { vi: ['.', ','], en: [',', '.'] };

function quote(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 57)}…` : text}"`;
}

export function makeFmt(lang: Language, templates: Readonly<Record<string, Template>>): Fmt {
  const [group, decimal] = SEPARATORS[lang];
  const n = (value: number) => formatNumber(value, group, decimal);
  const fmt: Fmt = {
    lang,
    n,
    money: (value) => (lang === 'vi' ? `${n(value)} đồng` : `${n(value)} VND`),
    pct: (fraction) => `${n(Math.round(fraction * 10000) / 100)}%`,
    date: (iso) => isoToVietnamese(iso),
    q: (name) => `"${name}"`,
    v: (value) => {
      if (typeof value === 'number') return n(value);
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      return quote(String(value ?? ''));
    },
    m: (msg: Msg) => renderWith(msg, templates, fmt),
    plural: (count, one, other) => `${n(count)} ${lang === 'en' && count !== 1 ? other : one}`,
  };
  return fmt;
}

function renderWith(msg: Msg, templates: Readonly<Record<string, Template>>, fmt: Fmt): string {
  const template = templates[msg.id];
  // A message id unknown to the table is a programming error; show the id rather than nothing.
  if (!template) return msg.id;
  return template(msg.p ?? {}, fmt);
}

/** Renders a message with a language's template table. */
export function renderMessage(msg: Msg, templates: Readonly<Record<string, Template>>, lang: Language): string {
  return renderWith(msg, templates, makeFmt(lang, templates));
}

/** A size in bytes as megabytes (MiB) to one decimal: 1,5 MB / 1.5 MB; below 1 MB in kilobytes. */
export function megabytes(bytes: number, f: Fmt): string {
  if (bytes < 1024 * 1024) return `${f.n(Math.ceil(bytes / 1024))} KB`;
  return `${f.n(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
}
