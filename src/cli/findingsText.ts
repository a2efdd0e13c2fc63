import { SEVERITY_LABEL, type Finding, type FindingCounts } from '../domain/validation/finding';

/** The findings as the terminal shows them: a count line, then one block per sheet. */
export function findingsReport(file: string, findings: readonly Finding[], counts: FindingCounts): string {
  const lines = [`Kiểm tra "${file}": ${counts.error} lỗi, ${counts.warning} cảnh báo.`];
  if (findings.length === 0) {
    lines.push('Không phát hiện vấn đề nào.');
    return lines.join('\n');
  }
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  for (const sheet of sheets) {
    lines.push('', sheet ? `Trang "${sheet}":` : 'Chung:');
    for (const f of findings.filter((x) => x.sheet === sheet)) {
      const where = [f.cell, f.column && `[${f.column}]`].filter(Boolean).join(' ');
      lines.push(`  ${SEVERITY_LABEL[f.severity].padEnd(8)} ${where}: ${f.message}`);
      if (f.suggestion) lines.push(`           Gợi ý: ${f.suggestion}`);
      if (f.basis) lines.push(`           Căn cứ: ${f.basis}`);
    }
  }
  return lines.join('\n');
}
