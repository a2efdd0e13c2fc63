/** Data validation as office-js describes it, kept per rectangle like Excel's <dataValidation sqref>. */
import { Rect, intersect, subtract } from '../addressing';

export interface BasicRule {
  formula1: string | number;
  formula2?: string | number;
  operator: string;
}

export interface ValidationRule {
  wholeNumber?: BasicRule;
  decimal?: BasicRule;
  textLength?: BasicRule;
  date?: BasicRule;
  time?: BasicRule;
  list?: { inCellDropDown: boolean; source: string };
  custom?: { formula: string };
}

export interface ErrorAlert {
  showAlert: boolean;
  style: string;
  title: string;
  message: string;
}

export interface Prompt {
  showPrompt: boolean;
  title: string;
  message: string;
}

export interface ValidationSpec {
  rule?: ValidationRule;
  ignoreBlanks: boolean;
  errorAlert: ErrorAlert;
  prompt: Prompt;
}

export interface ValidationEntry extends ValidationSpec {
  rect: Rect;
}

export function defaultValidation(): ValidationSpec {
  return {
    ignoreBlanks: true,
    errorAlert: { showAlert: true, style: 'Stop', title: '', message: '' },
    prompt: { showPrompt: false, title: '', message: '' },
  };
}

const RULE_KINDS = ['wholeNumber', 'decimal', 'textLength', 'date', 'time', 'list', 'custom'] as const;

export function ruleType(rule: ValidationRule | undefined): string {
  if (!rule) return 'None';
  const kind = RULE_KINDS.find((k) => rule[k] !== undefined);
  if (!kind) return 'None';
  return kind === 'list' ? 'List' : kind === 'custom' ? 'Custom' : kind.charAt(0).toUpperCase() + kind.slice(1);
}

/**
 * Applies `patch` to every cell of `target`: entries overlapping it are split so the part
 * inside is patched and the rest keeps its settings; cells with no entry get a new one.
 */
export function patchValidation(
  entries: ValidationEntry[],
  target: Rect,
  patch: (spec: ValidationSpec) => ValidationSpec,
): ValidationEntry[] {
  const out: ValidationEntry[] = [];
  let uncovered: Rect[] = [target];
  for (const entry of entries) {
    const overlap = intersect(entry.rect, target);
    if (!overlap) {
      out.push(entry);
      continue;
    }
    for (const piece of subtract(entry.rect, target)) out.push({ ...entry, rect: piece });
    out.push({ ...patch(cloneSpec(entry)), rect: overlap });
    uncovered = uncovered.flatMap((u) => subtract(u, overlap));
  }
  for (const piece of uncovered) out.push({ ...patch(defaultValidation()), rect: piece });
  return out;
}

export function clearValidation(entries: ValidationEntry[], target: Rect): ValidationEntry[] {
  return entries.flatMap((entry) => subtract(entry.rect, target).map((piece) => ({ ...entry, rect: piece })));
}

export function cloneSpec(spec: ValidationSpec): ValidationSpec {
  return JSON.parse(JSON.stringify({ rule: spec.rule, ignoreBlanks: spec.ignoreBlanks, errorAlert: spec.errorAlert, prompt: spec.prompt })) as ValidationSpec;
}
