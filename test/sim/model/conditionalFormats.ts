/** Conditional formats of the "Custom" (formula) kind, the only kind the add-in writes. */
import type { Rect } from '../addressing';

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: Rect;
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue: boolean;
  priority: number;
}
