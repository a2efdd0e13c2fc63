/**
 * Units' workbooks as a Sở receives them by email: made by `tongket init`, the report header
 * and some rows typed. Shared by the merge tests of both adapters, the pane's browser test
 * and the merge benchmark.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { CellValue } from '../../src/domain/snapshot';
import { editWorkbook, runCli, typeRows } from './xlsxFixtures';

export type UnitRow = Readonly<Record<string, CellValue | Date>>;

export const PERIOD_2025 = { from: 45641, to: 46005 }; // 15/12/2024 – 14/12/2025
export const PERIOD_2024 = { from: 45275, to: 45640 }; // 15/12/2023 – 14/12/2024

export const dossier = (field: string, online: number, inPerson: number): UnitRow => ({
  field, online, inPerson, carriedOver: 0, early: online, onTime: inPerson, late: 0, pendingWithin: 0, pendingOverdue: 0,
});

export const award = (quantity: number): UnitRow => ({
  decisionNumber: '12/QĐ-UBND', decisionDate: 45700, award: 'Lao động tiên tiến', recipientType: 'Cá nhân', quantity,
});

/** A unit's workbook made by `tongket init`, its header and rows typed; returns its path. */
export async function initUnit(
  dir: string,
  file: string,
  unit: string,
  rows: Partial<Record<string, UnitRow[]>>,
  period = PERIOD_2025,
): Promise<string> {
  const target = path.join(dir, file);
  const made = await runCli(['init', target]);
  if (made.code !== 0) throw new Error(made.stderr);
  await editWorkbook(target, (document) => {
    const info = document.workbook.getWorksheet('Thông tin')!;
    info.getCell('B3').value = unit;
    info.getCell('B4').value = period.from;
    info.getCell('B5').value = period.to;
    info.getCell('B6').value = period.to + 4;
    for (const [table, typed] of Object.entries(rows)) if (typed) typeRows(document, table, typed);
  });
  return target;
}

/** The file's bytes as a browser's File gives them. */
export async function fileBytes(file: string): Promise<ArrayBuffer> {
  const buffer = await fs.readFile(file);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}
