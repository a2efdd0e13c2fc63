/** ChiTieu: Tỷ lệ hoàn thành = IF(N(plan)=0,"",N(done)/plan); no totals row (units differ). */
import { CHI_TIEU, CHI_TIEU_HEADERS as H } from '../contract/tables';
import { excelN } from './coercion';
import { safeRatioValue } from './safeRatio';
import type { TableComputation } from './types';

export const TARGETS_COMPUTATION: TableComputation = {
  spec: CHI_TIEU,
  row(cells) {
    return { [H.completion]: safeRatioValue(excelN(cells(H.done)), cells(H.plan)) };
  },
};
