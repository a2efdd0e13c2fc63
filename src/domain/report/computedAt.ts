/**
 * The "Thời điểm tính" stamp. A Date is read in the host's local time (the clerk's clock);
 * an ISO text without a zone ("2025-12-20T14:30") is taken as written, so tests and the
 * command line can fix it; an ISO text with a zone is converted to local time.
 */
import { formatDateTime } from './format';

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

export function computedAtStamp(computedAt: Date | string): string {
  if (typeof computedAt === 'string') {
    const m = WALL_CLOCK.exec(computedAt.trim());
    if (m) {
      return formatDateTime({ year: +m[1], month: +m[2], day: +m[3], hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0) });
    }
  }
  const date = typeof computedAt === 'string' ? new Date(computedAt) : computedAt;
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date-time: ${String(computedAt)}`);
  return formatDateTime({
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    hour: date.getHours(),
    minute: date.getMinutes(),
  });
}

/** "Thời điểm tính: 20/12/2025 14:30" */
export function computedAtLine(computedAt: Date | string): string {
  return `Thời điểm tính: ${computedAtStamp(computedAt)}`;
}
