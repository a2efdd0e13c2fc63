/**
 * Messages as data: a message id and its parameters, rendered by a per-language template
 * table. The domain builds findings and labels as messages; the Vietnamese table renders the
 * text written into the workbook and printed by the CLI; the pane renders the same message
 * in the Office display language. Never glue translated fragments: one template per
 * sentence, with its plurals.
 */

/** A parameter: plain data (JSON-friendly), or a nested message rendered in the same language. */
export type Arg = string | number | boolean | null | undefined | readonly Arg[] | { readonly [key: string]: Arg };

export type Msg = {
  id: string;
  p?: { readonly [key: string]: Arg };
};

export type Language = 'vi' | 'en';

/** What a template formats its parameters with, for its language. */
export interface Fmt {
  lang: Language;
  /** a number: 1.234,5 (vi) or 1,234.5 (en) */
  n(value: number): string;
  /** an amount of money with its unit */
  money(value: number): string;
  /** a fraction as a percentage: 0.125 → 12,5% / 12.5% */
  pct(fraction: number): string;
  /** an ISO date as dd/mm/yyyy (the workbook's format) */
  date(iso: string): string;
  /** a workbook name (sheet, column caption, catalogue entry, typed text) quoted as-is */
  q(name: string): string;
  /** a cell value as it should be quoted: numbers formatted, texts quoted (and shortened) */
  v(value: unknown): string;
  /** a nested message */
  m(msg: Msg): string;
  /** "1 error", "2 errors" (English); Vietnamese has no grammatical number */
  plural(count: number, one: string, other: string): string;
}

// Templates read their own parameters; the parameter shapes are the message's contract with its callers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Params = any;
export type Template = (p: Params, f: Fmt) => string;
