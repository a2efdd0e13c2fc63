/**
 * What makes an .xlsx package inconsistent: a relationship to a part that is not there, or
 * a content-type override for a missing part. Excel offers to "repair" such a file.
 */
import { promises as fs } from 'fs';
import { posix } from 'path';
import JSZip from 'jszip';

export async function packageProblems(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const parts = new Set(Object.keys(zip.files).filter((name) => !zip.files[name].dir));
  const problems: string[] = [];
  const types = await zip.file('[Content_Types].xml')!.async('string');
  for (const [, part] of types.matchAll(/<Override\b[^>]*\sPartName="\/([^"]+)"/g)) {
    if (!parts.has(part)) problems.push(`content type for missing /${part}`);
  }
  for (const rels of [...parts].filter((name) => name.endsWith('.rels'))) {
    const source = posix.dirname(posix.dirname(rels));
    for (const [element] of (await zip.file(rels)!.async('string')).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\sTargetMode="External"/.test(element)) continue;
      const target = /\sTarget="([^"]*)"/.exec(element)![1];
      const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(source, target));
      if (!parts.has(path)) problems.push(`${rels} → missing ${path}`);
    }
  }
  return problems;
}
