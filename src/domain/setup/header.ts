/** Setup of the report header ("Thông tin"): title, labels, named input cells and their date validation. */
import { msg } from '../messages';
import { INFO_COLUMN_WIDTHS, INFO_FIRST_ROW, INFO_SHEET, NAMED_CELLS } from '../contract/header';
import { TITLE_ROW } from '../contract/layout';
import { rangeAddress } from '../util/a1';
import { headerDateValidation } from './nativeValidation';
import type { PlanCell } from './ops';
import { type SetupPlanner, values } from './planner';

export function planHeader(p: SetupPlanner): void {
  p.ensureSheet(INFO_SHEET);
  const title: PlanCell[][] = [[{ value: 'THÔNG TIN BÁO CÁO', style: 'title' }]];
  if (p.isNewSheet(INFO_SHEET) || (p.finishing && p.ownOrEmpty(INFO_SHEET, TITLE_ROW, 0, values(title)))) {
    p.ops.push({ kind: 'writeCells', sheet: INFO_SHEET, row: TITLE_ROW, column: 0, cells: title });
    p.ops.push({ kind: 'columnWidths', sheet: INFO_SHEET, widths: INFO_COLUMN_WIDTHS.map((width, column) => ({ column, width })) });
  }
  NAMED_CELLS.forEach((spec, i) => {
    const row = INFO_FIRST_ROW + i;
    const named = p.snapshot.names[spec.name];
    const validation = spec.type === 'date' && p.caps.dataValidation;
    if (named) {
      if (p.finishing && validation && named.sheet === INFO_SHEET && named.row === row && named.column === 1) {
        p.ops.push({ kind: 'cellValidation', sheet: INFO_SHEET, row, column: 1, validation: headerDateValidation(spec.name, spec.label) });
      }
      return;
    }
    const cells: PlanCell[] = [
      { value: spec.label, style: 'label' },
      spec.formula
        ? { formula: spec.formula, numberFormat: spec.numberFormat, style: 'computed' }
        : { value: null, numberFormat: spec.numberFormat, style: 'input' },
      { value: spec.note ?? '', style: 'note' },
    ];
    if (!p.free(INFO_SHEET, row, 0, [[spec.label, spec.formula ?? null]], 1, 2)) {
      p.conflict(
        INFO_SHEET,
        '',
        msg('setup.namedCellBlocked', { label: spec.label, sheet: INFO_SHEET, range: rangeAddress(row, 0, 1, 2), name: spec.name }),
      );
      return;
    }
    p.ops.push({ kind: 'writeCells', sheet: INFO_SHEET, row, column: 0, cells: [cells] });
    p.ops.push({ kind: 'addName', name: spec.name, sheet: INFO_SHEET, row, column: 1 });
    p.create(msg('caption.namedCell', { label: spec.label, sheet: INFO_SHEET, capital: true }));
    if (validation) {
      p.ops.push({ kind: 'cellValidation', sheet: INFO_SHEET, row, column: 1, validation: headerDateValidation(spec.name, spec.label) });
    }
  });
}
