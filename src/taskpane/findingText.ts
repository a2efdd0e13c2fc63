/**
 * A finding's text in the pane's language. Vietnamese is what the domain already wrote; other
 * languages render the finding's messages with their template table. Loaded with the result
 * views, not with the pane's first screen.
 */
import { renderMessage, VI, type Msg } from '../domain/messages';
import { EN } from '../domain/messages/en';
import type { Finding } from '../domain/validation/finding';
import type { Language } from './i18n';

export interface ShownFinding {
  message: string;
  suggestion: string;
  basis: string;
  /** the column caption as the pane shows it (quoted in English: a workbook name) */
  column: string;
}

export function findingText(finding: Finding, lang: Language): ShownFinding {
  const text = finding.text;
  if (lang === 'vi' || !text) return { message: finding.message, suggestion: finding.suggestion, basis: finding.basis, column: finding.column };
  const render = (m: Msg | null) => (m ? renderMessage(m, EN, 'en') : '');
  return { message: render(text.message), suggestion: render(text.suggestion), basis: render(text.basis), column: finding.column ? `"${finding.column}"` : '' };
}

/** The rule set's legal basis in the pane's language (the domain's Vietnamese text otherwise). */
export function ruleSetBasis(id: string, basis: string, lang: Language): string {
  const key = `law.ruleSet.${id}`;
  return lang === 'en' && key in EN ? renderMessage({ id: key }, EN, 'en') : basis;
}

/** A text the domain wrote in Vietnamese, in the pane's language when it came with its message. */
export function textIn(lang: Language, vietnamese: string, message: Msg | undefined): string {
  return lang === 'vi' || !message ? vietnamese : renderMessage(message, EN, 'en');
}

/** A figure's label with its section, in the pane's language (English: quoted as the sheet labels it when no title is known). */
export function figureLabel(lang: Language, key: string, vietnameseTitle: string): string {
  return lang === 'vi' ? vietnameseTitle : renderMessage({ id: 'figure.title', p: { key, title: vietnameseTitle } }, EN, 'en');
}

/** A message (a refusal, a mapping line, a file that cannot be read) in the pane's language. */
export function messageText(lang: Language, message: Msg): string {
  return lang === 'vi' ? renderMessage(message, VI, 'vi') : renderMessage(message, EN, 'en');
}

/** A workbook name (a unit, a sheet) as the pane shows it: quoted in English, where it stays Vietnamese. */
export function workbookName(lang: Language, name: string): string {
  return lang === 'vi' ? name : `"${name}"`;
}
