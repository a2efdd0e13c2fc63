/** Cell constructors for the summary plan. */
import type { Figure } from './summaryTypes';
import type { PlanCell } from './planTypes';

export const title = (text: string): PlanCell => ({ style: 'title', value: text });
export const header = (text: string): PlanCell => ({ style: 'header', value: text });
export const label = (text: string): PlanCell => ({ style: 'label', value: text });
export const paragraph = (text: string): PlanCell => ({ style: 'paragraph', value: text });
export const note = (text: string): PlanCell => ({ style: 'note', value: text });
export const empty = (): PlanCell => ({ style: 'label', value: null });

export function figureCell(f: Figure): PlanCell {
  return { style: 'figure', formula: f.formula, expected: f.value, key: f.key, label: f.label, numberFormat: f.numberFormat };
}
