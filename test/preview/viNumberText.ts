/**
 * A number as a clerk's Excel under vi-VN shows it: the cell's own format code applied with
 * "." for thousands and "," for decimals ("#,##0" → 12.480, "0.00%" → 67,83%, dates
 * dd/mm/yyyy), where the simulator's range.text is en-US as the API returns it.
 */
import { displayText, VI_VN } from '../sim/numberFormat';

export function viNumberText(value: number, numberFormat: string): string {
  return displayText(value, numberFormat, VI_VN);
}
