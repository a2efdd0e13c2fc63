/** Cell constructors for the summary plan. */
import type { Figure } from './summaryTypes';
import type { PlanCell } from './planTypes';
import { clipCellText } from './cellText';

// Labels may repeat typed texts: no cell holds more than Excel allows (paragraphs are split before).
export const title = (text: string): PlanCell => ({ style: 'title', value: clipCellText(text) });
export const header = (text: string): PlanCell => ({ style: 'header', value: clipCellText(text) });
export const label = (text: string): PlanCell => ({ style: 'label', value: clipCellText(text) });
export const paragraph = (text: string): PlanCell => ({ style: 'paragraph', value: clipCellText(text) });
export const note = (text: string): PlanCell => ({ style: 'note', value: clipCellText(text) });
export const empty = (): PlanCell => ({ style: 'label', value: null });

export function figureCell(f: Figure): PlanCell {
  return { style: 'figure', formula: f.formula, expected: f.value, key: f.key, label: f.label, numberFormat: f.numberFormat };
}
