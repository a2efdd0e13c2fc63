import { mappingLines, readBieu06 } from '../../domain/import/bieu06';
import { vi } from '../../domain/messages';
import { countFindings } from '../../domain/validation/finding';
import { CliError, EXIT } from '../errors';
import { readExportFile } from '../../workbook/exportGrid';
import { saveWorkbookFile } from '../../workbook/file';
import { importTthcWorkbook } from '../../workbook/importTthc';
import { findingsReport } from '../findingsText';
import type { CliIo } from '../io';
import { conflictLines, listLines } from '../text';
import { openForWriting } from './target';
import { basename } from 'node:path';

/**
 * `tongket import-tthc EXPORT.xlsx -o WORKBOOK.xlsx`: the one-stop system's Biểu 06 export
 * into WORKBOOK's TTHC table. The export is only read. Exit 1 when the export's own figures
 * do not add up (imported all the same), 2 when the workbook cannot take the import, 65 when
 * the export cannot be read or recognised.
 */
export async function importTthcCommand(exportFile: string, workbookFile: string, io: CliIo): Promise<number> {
  const source = basename(exportFile);
  const read = readBieu06(await readExportFile(exportFile), source);
  if (!read.ok) {
    throw new CliError([`Không nhập được biểu "${exportFile}" (không ghi gì):`, ...listLines(read.problems.map(vi))].join('\n'), EXIT.badFile);
  }
  const reading = read.reading;
  const target = await openForWriting(workbookFile, undefined, { createIfMissing: true });
  const result = importTthcWorkbook(target.document, reading, io.now());
  const lines = [
    `Đã đọc biểu "${exportFile}" (trang "${reading.sheet}"): ${reading.rows.length} dòng số liệu, ${reading.totals ? `dòng "${reading.totals.name}" dùng để đối chiếu` : 'không có dòng tổng cộng'}.`,
    'Cách hiểu các cột của biểu:',
    ...listLines(mappingLines(reading).map((m) => `${vi(m.column)} → ${vi(m.target)}`)),
  ];
  if (!result.changed) {
    lines.push(`Không nhập và không ghi tệp nào ("${workbookFile}" giữ nguyên):`, ...listLines(result.refusals), ...conflictLines(result.conflicts));
    io.out(lines.join('\n'));
    return EXIT.refused;
  }
  for (const warning of await saveWorkbookFile(target.document, target.output)) io.err(warning);
  if (target.created) lines.push(`Đã tạo sổ "${target.output}".`);
  if (result.created.length > 0) lines.push('Đã tạo:', ...listLines(result.created));
  lines.push(
    `Bảng TTHC của "${target.output}": thêm ${result.added.length} dòng, cập nhật ${result.replaced.length} dòng, ${result.unchanged.length} dòng đã đúng số của biểu.`,
  );
  const notes = [...target.notes, ...result.notes];
  if (notes.length > 0) lines.push('Lưu ý:', ...listLines(notes));
  const exportCounts = countFindings(result.exportFindings);
  lines.push('', findingsReport(`biểu ${source}`, result.exportFindings, exportCounts));
  if (result.importFindings.length > 0) lines.push('', findingsReport('việc nhập', result.importFindings, countFindings(result.importFindings)));
  const v = result.validation!.counts;
  lines.push('', `Kiểm tra sổ sau khi nhập: ${v.error} lỗi, ${v.warning} cảnh báo (chi tiết ở trang "Kiểm tra"; xem thêm: tongket check).`);
  io.out(lines.join('\n'));
  return result.exportFindings.length > 0 ? EXIT.findings : EXIT.ok;
}
