/** Text within Excel's 32.767 characters a cell holds. */
export const CELL_TEXT_LIMIT = 32767;

/**
 * A paragraph as consecutive cells: cut at the last sentence end (". ") that fits, else (or
 * when that would leave a cell less than half full) at the last clause ("; "), else at a
 * space, so that `pieces.join(' ')` is the paragraph again.
 */
export function splitCellText(text: string, limit = CELL_TEXT_LIMIT): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    let cut = -1;
    for (const separator of ['. ', '; ', ' ']) {
      const at = window.lastIndexOf(separator);
      if (at > cut) cut = at + separator.length - 1; // keep the "." or ";", drop the space
      if (cut >= limit / 2) break;
    }
    if (cut <= 0) {
      pieces.push(rest.slice(0, limit));
      rest = rest.slice(limit);
      continue;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  pieces.push(rest);
  return pieces;
}

/** A label cut to what a cell holds, marked with "…". */
export function clipCellText(text: string, limit = CELL_TEXT_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
