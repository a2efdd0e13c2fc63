/** Installs a fresh simulated Excel as the global Office.js host for one test. */
import { createSimulatedExcel } from '../sim';

export type Sim = ReturnType<typeof createSimulatedExcel>;

/**
 * The ExcelApi level of the simulated host when a test does not pin one: the latest by
 * default; the jest project "ExcelApi 1.7" (jest.config.js) runs every test/excel suite
 * again at the manifest's minimum (TONGKET_EXCEL_API=1.7).
 */
export const SIM_API_LEVEL = process.env.TONGKET_EXCEL_API ?? '1.17';

/** Whether the host of this run has the requirement set `version` (e.g. native validation at 1.8). */
export function simSupports(version: string): boolean {
  const [major, minor] = SIM_API_LEVEL.split('.').map(Number);
  const [wantMajor, wantMinor] = version.split('.').map(Number);
  return major > wantMajor || (major === wantMajor && minor >= wantMinor);
}

export function installSim(options: Parameters<typeof createSimulatedExcel>[0] = {}): Sim {
  const sim = createSimulatedExcel({ apiVersion: SIM_API_LEVEL, ...options });
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
