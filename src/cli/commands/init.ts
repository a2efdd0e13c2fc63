import { saveWorkbookFile } from '../../workbook/file';
import { setupWorkbook } from '../../workbook/setup';
import { EXIT } from '../errors';
import type { CliIo } from '../io';
import { conflictLines, listLines } from '../text';
import { openForWriting } from './target';

/** `tongket init FILE [-o OUT]`: creates the workbook, or brings it to the contract. */
export async function initCommand(file: string, output: string | undefined, io: CliIo): Promise<number> {
  const target = await openForWriting(file, output, { createIfMissing: true });
  const result = setupWorkbook(target.document);
  if (!result.changed) {
    io.out([`Không cập nhật và không ghi tệp nào ("${file}" giữ nguyên):`, ...conflictLines(result.conflicts)].join('\n'));
    return EXIT.refused;
  }
  for (const warning of await saveWorkbookFile(target.document, target.output)) io.err(warning);

  const lines: string[] = [];
  if (target.created) lines.push(`Đã tạo sổ "${target.output}".`);
  else if (target.output !== file) lines.push(`Đã ghi sổ "${target.output}" (từ "${file}").`);
  else lines.push(`Đã cập nhật sổ "${target.output}".`);
  if (result.created.length > 0) lines.push('Đã tạo:', ...listLines(result.created));
  else lines.push('Sổ đã đúng mẫu; không cần tạo thêm bảng, cột hay ô nào (công thức các cột tính toán đã được ghi lại).');
  if (result.conflicts.length > 0) lines.push('Xung đột:', ...conflictLines(result.conflicts));
  const notes = [...target.notes, ...result.notes];
  if (notes.length > 0) lines.push('Lưu ý:', ...listLines(notes));
  io.out(lines.join('\n'));
  return EXIT.ok;
}
