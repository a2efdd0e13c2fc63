/**
 * Removes the cached result of every formula from an .xlsx, so that a spreadsheet program
 * opening it must calculate every formula itself: an independent engine then cannot agree
 * with the simulator merely by showing the simulator's own cached values.
 */
import JSZip from 'jszip';

export async function withoutCachedResults(xlsx: Uint8Array): Promise<{ bytes: Uint8Array; removed: number }> {
  const zip = await JSZip.loadAsync(xlsx);
  let removed = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const stripped = xml.replace(/(<f(?: [^>]*)?>[^<]*<\/f>|<f [^>]*\/>)<v>[^<]*<\/v>/g, (_, formula: string) => {
      removed++;
      return formula;
    });
    zip.file(name, stripped);
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), removed };
}
