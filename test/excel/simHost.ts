/** Installs a fresh simulated Excel as the global Office.js host for one test. */
import { createSimulatedExcel } from '../sim';

export type Sim = ReturnType<typeof createSimulatedExcel>;

export function installSim(options: Parameters<typeof createSimulatedExcel>[0] = {}): Sim {
  const sim = createSimulatedExcel(options);
  sim.install(globalThis);
  return sim;
}

/** Types text or numbers into cells directly, as a user would (not through the add-in). */
export function typeCells(sim: Sim, sheet: string, cells: Record<string, string | number>): void {
  for (const [address, value] of Object.entries(cells)) sim.workbook.setCell(sheet, address, value);
}

/** A table's sheet, address and headers; fails the test when the table does not exist. */
export function tableInfo(sim: Sim, name: string) {
  const info = sim.workbook.getTableInfo(name);
  if (!info) throw new Error(`No table ${name} in the simulated workbook`);
  return info;
}
