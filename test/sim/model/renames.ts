/** Excel rewrites formulas when a table or a table column is renamed; so does the simulator. */
import { Token, tokenize, untokenize } from '../formulas/scanner';
import { fileForm, parseStructured } from '../formulas/structuredRefs';
import { keyCol, keyRow } from './sheet';
import type { TableModel } from './table';
import type { WorkbookModel } from './workbookModel';

function rewriteAll(wb: WorkbookModel, rewrite: (formula: string, site: { sheetId: string; row: number; col: number }) => string): void {
  for (const sheet of wb.worksheetList) {
    for (const [key, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const next = rewrite(cell.formula, { sheetId: sheet.id, row: keyRow(key), col: keyCol(key) });
      if (next !== cell.formula) cell.formula = next;
    }
    for (const cf of sheet.conditionalFormats) cf.formula = rewrite(cf.formula, { sheetId: sheet.id, row: cf.rect.row, col: cf.rect.col });
  }
  for (const table of wb.tableList) {
    for (const column of table.columns) {
      if (column.calculatedFormula !== undefined) {
        column.calculatedFormula = rewrite(column.calculatedFormula, { sheetId: table.sheet.id, row: table.bodyStart, col: table.col });
      }
    }
  }
}

export function renameTableInFormulas(wb: WorkbookModel, oldName: string, newName: string): void {
  const old = oldName.toLowerCase();
  rewriteAll(wb, (formula) =>
    untokenize(
      tokenize(formula).map((t): Token =>
        t.kind === 'structured' && t.table?.toLowerCase() === old ? { ...t, table: newName, text: `${newName}[${t.inner}]` } : t,
      ),
    ),
  );
}

export function renameColumnInFormulas(wb: WorkbookModel, table: TableModel, oldName: string, newName: string): void {
  const old = oldName.toLowerCase();
  rewriteAll(wb, (formula, site) => {
    const tokens = tokenize(formula).map((t): Token => {
      if (t.kind !== 'structured') return t;
      const sheet = wb.worksheetList.find((s) => s.id === site.sheetId);
      const target = t.table === null ? (sheet ? wb.tableAt(sheet, site.row, site.col) : undefined) : wb.table(t.table);
      if (target !== table) return t;
      try {
        const spec = parseStructured(t.inner, formula);
        const hit = (n?: string) => n !== undefined && n.toLowerCase() === old;
        if (!hit(spec.firstColumn) && !hit(spec.lastColumn)) return t;
        if (hit(spec.firstColumn)) spec.firstColumn = newName;
        if (hit(spec.lastColumn)) spec.lastColumn = newName;
        return { kind: 'text', text: fileForm(table, spec) };
      } catch {
        return t;
      }
    });
    return untokenize(tokens);
  });
}
