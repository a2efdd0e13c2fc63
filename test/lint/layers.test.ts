/**
 * The layers are enforced by `npm run lint` (eslint.config.js): each forbidden import is
 * refused, each allowed one passes. Linted as text at a path inside the layer.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

// The project's config, given as an object: jest cannot run ESLint's own dynamic import of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js');
const eslint = new ESLint({ cwd: resolve(__dirname, '..', '..'), overrideConfigFile: true, overrideConfig: config });

async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.ruleId!);
}

describe('lint keeps the layers apart', () => {
  it.each([
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;"],
    ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ["import { computeSummary } from '../../excel/compute';\nexport const x = computeSummary;"],
    ["import { applyPlan } from '../workbook/applyPlan';\nexport const x = applyPlan;"],
    ["export const x = () => Excel.run(async () => undefined);"],
  ])('src/domain refuses %s', async (code) => {
    expect(await restrictions('src/domain/setup/probe.ts', code)).not.toEqual([]);
  });

  it('src/domain may import the domain', async () => {
    expect(await restrictions('src/domain/setup/probe.ts', "import { rangeAddress } from '../util/a1';\nexport const x = rangeAddress;")).toEqual([]);
  });

  it.each([
    ["import { applyPlan } from '../excel/applyPlan';\nexport const x = applyPlan;"],
    ["export const x = () => Office.context.displayLanguage;"],
    ["import { CliError, EXIT } from '../cli/errors';\nexport const x = new CliError('', EXIT.badFile);"],
  ])('src/workbook refuses %s', async (code) => {
    expect(await restrictions('src/workbook/probe.ts', code)).not.toEqual([]);
  });

  it.each([
    ["import { saveWorkbookFile } from '../workbook/file';\nexport const x = saveWorkbookFile;"],
    ["import ExcelJS from 'exceljs';\nexport const x = ExcelJS;"],
  ])('src/taskpane refuses the static import %s', async (code) => {
    expect(await restrictions('src/taskpane/probe.ts', code)).not.toEqual([]);
  });

  it('src/taskpane may load the file adapter lazily', async () => {
    const code = "export const x = async () => (await import('../workbook/exportBytes.js')).readExportPreview;";
    expect(await restrictions('src/taskpane/probe.ts', code)).toEqual([]);
  });
});
