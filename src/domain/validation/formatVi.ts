/** Numbers and dates as a Vietnamese reader expects them in a message: 1.234,5 and 09/06/2025. */
import { isoToVietnamese } from '../util/dates';

export function formatNumberVi(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e15) return String(value).replace('.', ',');
  const sign = value < 0 ? '-' : '';
  const fixed = Math.abs(value).toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  const [integerPart, fraction] = fixed.split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + grouped + (fraction ? `,${fraction}` : '');
}

export function formatDateVi(iso: string): string {
  return isoToVietnamese(iso);
}

/** "5%" for 0.05, "12,5%" for 0.125 */
export function formatPercentVi(fraction: number): string {
  return `${formatNumberVi(Math.round(fraction * 10000) / 100)}%`;
}

/** "1.410.000 đồng" */
export function formatMoneyVi(value: number): string {
  return `${formatNumberVi(value)} đồng`;
}
