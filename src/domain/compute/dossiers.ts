/** TTHC (Biểu 06): totals of the three groups, Chênh lệch and the six rates. */
import { TTHC, TTHC_HEADERS as H } from '../contract/tables';
import { arithmetic, excelN, sumOfCells } from './coercion';
import { ratioOfColumnSums } from './ratioOfColumnSums';
import { operandsValue, safeRatioValue } from './safeRatio';
import type { TableComputation } from './types';
import { isExcelError, type ComputedValue, type ExcelValue } from './values';

/** received − resolved − pending − N(returned), left to right. */
function difference(received: ExcelValue, resolved: ExcelValue, pending: ExcelValue, returned: ExcelValue): ComputedValue {
  const terms = [arithmetic(received), arithmetic(resolved), arithmetic(pending), excelN(returned)];
  for (const t of terms) if (isExcelError(t)) return t;
  const [a, b, c, d] = terms as number[];
  return a - b - c - d;
}

/** numerator and denominator headers of each rate, as in the contract */
const RATES: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  [H.onlineRate, [H.online], [H.online, H.inPerson]],
  [H.earlyRate, [H.early], [H.resolved]],
  [H.onTimeRate, [H.onTime], [H.resolved]],
  [H.lateRate, [H.late], [H.resolved]],
  [H.earlyOrOnTimeRate, [H.early, H.onTime], [H.resolved]],
  [H.resolvedRate, [H.resolved], [H.received]],
];

export const DOSSIERS_COMPUTATION: TableComputation = {
  spec: TTHC,
  row(cells) {
    const values: Record<string, ComputedValue> = {
      [H.received]: sumOfCells([cells(H.online), cells(H.inPerson), cells(H.carriedOver)]),
      [H.resolved]: sumOfCells([cells(H.early), cells(H.onTime), cells(H.late)]),
      [H.pending]: sumOfCells([cells(H.pendingWithin), cells(H.pendingOverdue)]),
    };
    const read = (h: string): ExcelValue => (h in values ? values[h] : cells(h));
    values[H.difference] = difference(values[H.received], values[H.resolved], values[H.pending], cells(H.returned));
    for (const [header, num, den] of RATES) {
      values[header] = safeRatioValue(operandsValue(num.map(read)), operandsValue(den.map(read)));
    }
    return values;
  },
  formulaTotals(columns) {
    return Object.fromEntries(RATES.map(([header, num, den]) => [header, ratioOfColumnSums(columns, num, den)]));
  },
};
