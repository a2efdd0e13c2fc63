/** Shared pieces of the drafted paragraphs: reading figures safely and phrasing lists. */
import { isExcelError } from '../../compute/values';
import { roundToDigits } from '../../util/decimal';
import { formatPercent } from '../format';
import type { Figure } from '../summaryTypes';

export interface Paragraph {
  /** stable identifier: general, awards, ratings, tthc, deadlineCuts, gcn, targets */
  key: string;
  /** Vietnamese heading */
  title: string;
  /** the drafted text, in official Vietnamese style */
  text: string;
}

export const NO_DATA = 'Không có số liệu.';

/** Reads figures for one paragraph, remembering errors so the paragraph can report them. */
export class FigureReader {
  private readonly errors = new Set<string>();

  /** the number, or null for "" (empty denominator), text and errors */
  number(figure: Figure): number | null {
    const v = figure.value;
    if (isExcelError(v)) {
      this.errors.add(v.error);
      return null;
    }
    if (typeof v !== 'number') return null;
    // Sums of huge typed numbers overflow: Excel shows #NUM!, and so does the paragraph.
    if (!Number.isFinite(v)) {
      this.errors.add('#NUM!');
      return null;
    }
    return v;
  }

  /** like number(), with 0 for anything that is not a number (counts) */
  count(figure: Figure): number {
    return this.number(figure) ?? 0;
  }

  /** the paragraph text, or the explanation of why it cannot be drafted */
  text(sheet: string, draft: string): string {
    if (this.errors.size === 0) return draft;
    return `Chưa tính được số liệu do bảng ở trang "${sheet}" có ô lỗi (${[...this.errors].join(', ')}); đề nghị kiểm tra dữ liệu.`;
  }
}

/** "a, b và c" */
export function joinVietnamese(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/**
 * Achievement against a target: "đạt 76,67% chỉ tiêu", "đạt 100% chỉ tiêu",
 * "đạt 104,60%, vượt 4,60% chỉ tiêu" — the excess is taken from the printed percentage so
 * the two numbers always differ by exactly 100.
 */
export function achievementPhrase(rate: number): string {
  const { integer, fraction } = roundToDigits(rate, 2, 2);
  const hundredths = Number(integer + fraction) * (rate < 0 ? -1 : 1);
  if (hundredths <= 10000) return `đạt ${formatPercent(rate)} chỉ tiêu`;
  // a rate so large its hundredths overflow (1e308 certificates typed): the excess is the rate less 100%
  const excess = Number.isFinite(hundredths) ? (hundredths - 10000) / 10000 : rate - 1;
  return `đạt ${formatPercent(rate)}, vượt ${formatPercent(excess)} chỉ tiêu`;
}

/** Lower-case noun for a recipient type in prose. */
export function recipientNoun(recipientType: string): string {
  return recipientType.trim().toLowerCase();
}
