import { computeWorkbook } from '../../workbook/compute';
import { tableCaption } from '../../domain/contract/captions';
import { EXIT } from '../errors';
import { basename } from 'node:path';
import { planPreviousYear, readPreviousYear } from '../../domain/comparison/previousYear';
import { vi } from '../../domain/messages';
import { applyPlan } from '../../workbook/applyPlan';
import type { XlsxDocument } from '../../workbook/document';
import { loadWorkbookFile, saveWorkbookFile } from '../../workbook/file';
import { readSnapshot } from '../../workbook/readSnapshot';
import type { CliIo } from '../io';
import { conflictLines, listLines } from '../text';
import { openForWriting } from './target';

/**
 * Copies last year's key figures into the workbook's "Năm trước" (so the emailed workbook
 * stands alone); returns why it cannot, in Vietnamese. Last year's file is only read.
 */
async function storePreviousYear(document: XlsxDocument, previous: string): Promise<string | null> {
  const last = await loadWorkbookFile(previous);
  const current = readSnapshot(document);
  const outcome = readPreviousYear(current, readSnapshot(last.document), basename(previous));
  if (!outcome.ok) return vi(outcome.refusal);
  applyPlan(document, planPreviousYear(current, outcome.previous, basename(previous)));
  return null;
}

function typedText(value: string | number | boolean): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/**
 * `tongket compute FILE [-o OUT]`: "Tính tổng hợp" on the file. A workbook of a newer format
 * is neither changed nor written (exit 2, the conflict printed; see the help).
 */
export async function computeCommand(file: string, output: string | undefined, io: CliIo, previous?: string): Promise<number> {
  const target = await openForWriting(file, output, { createIfMissing: false });
  if (previous !== undefined) {
    const refusal = await storePreviousYear(target.document, previous);
    if (refusal) {
      io.err(`Không so sánh và không ghi tệp nào ("${file}" giữ nguyên): ${refusal}`);
      return EXIT.refused;
    }
  }
  const result = computeWorkbook(target.document, io.now());
  if (!result.changed) {
    // A newer format or a missing column is the user's to resolve; the file is not rewritten.
    const reasons = result.refused.length > 0 ? listLines(result.refused.map((f) => `${f.sheet}!${f.cell}: ${f.message} ${f.suggestion}`)) : conflictLines(result.conflicts);
    io.out([`Không tính tổng hợp và không ghi tệp nào ("${file}" giữ nguyên):`, ...reasons].join('\n'));
    return EXIT.refused;
  }
  for (const warning of await saveWorkbookFile(target.document, target.output)) io.err(warning);

  const lines = [target.output === file ? `Đã tính tổng hợp và ghi lại sổ "${file}".` : `Đã tính tổng hợp sổ "${file}" và ghi ra "${target.output}".`];
  if (result.created.length > 0) lines.push('Đã tạo phần còn thiếu:', ...listLines(result.created));
  if (result.restored.length > 0) {
    lines.push(
      `Đã ghi lại công thức cho ${result.restored.length} ô tính toán bị gõ đè:`,
      ...listLines(result.restored.map((r) => `${r.sheet}!${r.cell} [${r.column}]: giá trị gõ tay ${typedText(r.typed)}`)),
    );
  }
  if (result.totals.length > 0) lines.push(`Đã có dòng tổng: ${result.totals.map(tableCaption).join('; ')}.`);
  if (result.totalsSkipped.length > 0) lines.push('Không thêm dòng tổng:', ...listLines(result.totalsSkipped.map((s) => s.message)));
  if (result.conflicts.length > 0) lines.push('Xung đột:', ...conflictLines(result.conflicts));
  const notes = [...target.notes, ...result.notes];
  if (notes.length > 0) lines.push('Lưu ý:', ...listLines(notes));
  if (previous !== undefined) lines.push(`So sánh với năm trước: số liệu của "${previous}" đã chép vào trang "Năm trước"; bảng so sánh và đoạn văn ở trang "Tổng hợp".`);
  const { error, warning } = result.validation.counts;
  lines.push(`Kiểm tra: ${error} lỗi, ${warning} cảnh báo (chi tiết ở trang "Kiểm tra"; xem thêm: tongket check).`);
  io.out(lines.join('\n'));
  return EXIT.ok;
}
