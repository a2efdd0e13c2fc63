/** XepLoai: Tổng số = SUM of the four levels; Tỷ lệ xuất sắc = safe ratio. */
import { XEP_LOAI, XEP_LOAI_HEADERS as H } from '../contract/tables';
import { sumOfCells } from './coercion';
import { ratioOfColumnSums } from './ratioOfColumnSums';
import { safeRatioValue } from './safeRatio';
import type { TableComputation } from './types';

export const RATINGS_COMPUTATION: TableComputation = {
  spec: XEP_LOAI,
  row(cells) {
    const total = sumOfCells([cells(H.excellent), cells(H.good), cells(H.done), cells(H.notDone)]);
    return { [H.total]: total, [H.excellentRate]: safeRatioValue(cells(H.excellent), total) };
  },
  formulaTotals(columns) {
    return { [H.excellentRate]: ratioOfColumnSums(columns, [H.excellent], [H.total]) };
  },
};
