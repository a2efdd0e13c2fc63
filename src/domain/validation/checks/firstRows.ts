import { textKey } from '../textKey';

/**
 * Remembers the first row of each key (texts compared as the checks compare them) and, when
 * a key comes again, answers the row it first appeared in.
 */
export class FirstRows {
  private readonly seen = new Map<string, number>();

  earlier(texts: readonly string[], row: number): number | undefined {
    const key = texts.map(textKey).join('\u0000');
    const first = this.seen.get(key);
    if (first === undefined) this.seen.set(key, row);
    return first;
  }
}
