/** Requirement-set versions ("1.8", "1.10") compared numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function supports(apiVersion: string, required: string): boolean {
  return compareVersions(apiVersion, required) >= 0;
}
