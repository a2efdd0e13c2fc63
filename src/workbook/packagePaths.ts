import type { PackageFiles } from './zipPackage';
import { attribute } from './xml';

/** Navigation in an OPC package: relationships and the worksheet part of each sheet. */

/** Part paths are "/"-separated and relative to the package root (no file system involved). */
function dirname(path: string): string {
  const at = path.lastIndexOf('/');
  return at < 0 ? '.' : path.slice(0, at);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins and resolves "." and ".." segments (a ".." above the root is dropped). */
function joinPath(...parts: string[]): string {
  const out: string[] = [];
  for (const segment of parts.join('/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out.join('/');
}

export interface Relationship {
  id: string;
  type: string;
  /** absolute part path inside the package, without a leading "/" */
  path: string;
}

export function relsPathOf(partPath: string): string {
  return joinPath(dirname(partPath), '_rels', `${basename(partPath)}.rels`);
}

export async function relationships(zip: PackageFiles, partPath: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPathOf(partPath))?.async('string');
  if (!xml) return [];
  return (xml.match(/<Relationship\b[^>]*>/g) ?? []).map((element) => {
    const target = attribute(element, 'Target') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : joinPath(dirname(partPath), target);
    return { id: attribute(element, 'Id') ?? '', type: attribute(element, 'Type') ?? '', path };
  });
}

/** Sheet names with their worksheet parts, in workbook order. */
export async function sheetParts(zip: PackageFiles): Promise<{ name: string; path: string }[]> {
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (!workbook) return [];
  const rels = await relationships(zip, 'xl/workbook.xml');
  return (workbook.match(/<sheet\b(?:[^>"]|"[^"]*")*>/g) ?? []).flatMap((element) => {
    const name = attribute(element, 'name');
    const id = attribute(element, 'r:id');
    const rel = rels.find((r) => r.id === id);
    return name !== undefined && rel ? [{ name, path: rel.path }] : [];
  });
}
