/** Workbook-scoped defined names. A name pointing at cells keeps a live link to its sheet. */
import type { Rect } from '../addressing';
import type { SheetModel } from './sheet';

export interface NamedItemModel {
  name: string;
  /** Set when the name refers to a range; the formula is derived from it. */
  target?: { sheet: SheetModel; rect: Rect };
  /** Formula text for names that are not a reference ("=0.5", "=\"x\""). */
  constantFormula?: string;
  comment: string;
  visible: boolean;
}
