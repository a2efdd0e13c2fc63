import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DATA_TABLES } from '../../domain/contract/tables';
import type { UnitMergeSummary, UnitReport } from '../../domain/merge';
import { vi } from '../../domain/messages';
import { isoToVietnamese } from '../../domain/util/dates';
import { computeWorkbook } from '../../workbook/compute';
import { CliError, EXIT } from '../errors';
import { loadWorkbookFile, saveWorkbookFile } from '../../workbook/file';
import { mergeWorkbooks, readUnitFile } from '../../workbook/merge';
import type { CliIo } from '../io';
import { conflictLines, listLines } from '../text';
import { openForWriting } from './target';

function perTable(counts: Readonly<Record<string, number>>): string {
  const parts = DATA_TABLES.filter((t) => (counts[t.name] ?? 0) > 0).map((t) => `${t.name} ${counts[t.name]}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function unitLines(unit: UnitMergeSummary): string[] {
  const lines = [`${unit.unit} ("${unit.file}"): thêm ${total(unit.added)} dòng${perTable(unit.added)}`];
  const replaced = total(unit.replaced);
  if (replaced > 0) lines.push(`  thay ${replaced} dòng của lần gộp trước${perTable(unit.replaced)}`);
  const { error, warning } = unit.check.counts;
  if (error + warning > 0) {
    lines.push(`  sổ đơn vị có ${error} lỗi, ${warning} cảnh báo — số liệu vẫn được gộp; xem: tongket check "${unit.file}"`);
  }
  if (unit.catalogueWarnings.length > 0) {
    lines.push('  danh mục khác sổ tổng hợp (dùng danh mục của sổ tổng hợp):', ...unit.catalogueWarnings.map((w) => `    - ${vi(w)}`));
  }
  return lines;
}

/** A unit's report; its workbook model is let go on return (see readUnitFile). */
async function readUnit(path: string): Promise<UnitReport> {
  const loaded = await loadWorkbookFile(path);
  const bytes = await fs.readFile(path);
  return readUnitFile(loaded.document, basename(path), createHash('sha256').update(bytes).digest('hex'));
}

/**
 * `tongket merge -o OUT.xlsx UNIT.xlsx…`: every unit's rows into OUT (created, or updated
 * when it is already a consolidated workbook), then "Tính tổng hợp" on OUT. All or nothing:
 * on any refusal OUT is not written. The units' files are only read.
 */
export async function mergeCommand(output: string, files: readonly string[], io: CliIo): Promise<number> {
  const out = resolve(output);
  const same = files.find((f) => resolve(f) === out);
  if (same !== undefined) throw new CliError(`Sổ tổng hợp "${output}" không được đồng thời là sổ đơn vị cần gộp.`, EXIT.usage);
  const target = await openForWriting(output, undefined, { createIfMissing: true });
  const units: UnitReport[] = [];
  for (const file of files) units.push(await readUnit(file));

  const now = io.now();
  const merged = mergeWorkbooks(target.document, units, now);
  if (!merged.ok) {
    const kept = target.created ? `không tạo "${output}"` : `"${output}" giữ nguyên`;
    io.err([`Không gộp sổ nào (${kept}):`, ...listLines(merged.refusals)].join('\n'));
    return EXIT.refused;
  }
  const computed = computeWorkbook(target.document, now);
  for (const warning of await saveWorkbookFile(target.document, output)) io.err(warning);

  const lines = [`Đã gộp ${units.length} sổ đơn vị vào "${output}" (kỳ báo cáo ${isoToVietnamese(merged.plan.period.from)} – ${isoToVietnamese(merged.plan.period.to)}):`];
  for (const unit of merged.plan.units) lines.push(...unitLines(unit).map((l) => `  ${l}`));
  lines.push(`Nguồn số liệu: trang "Nguồn" (đơn vị, kỳ, ngày báo cáo, số dòng, thời điểm gộp, SHA-256 của tệp).`);
  if (merged.created.length > 0) lines.push('Đã tạo phần còn thiếu của sổ tổng hợp:', ...listLines(merged.created));
  if (computed.conflicts.length > 0) lines.push('Xung đột:', ...conflictLines(computed.conflicts));
  const notes = [...target.notes, ...computed.notes];
  if (notes.length > 0) lines.push('Lưu ý:', ...listLines(notes));
  const { error, warning } = computed.validation.counts;
  lines.push(`Đã tính lại tổng hợp. Kiểm tra sổ tổng hợp: ${error} lỗi, ${warning} cảnh báo (chi tiết ở trang "Kiểm tra").`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}
