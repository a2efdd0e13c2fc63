/**
 * Excel's conditional aggregations (SUMIF, SUMIFS, COUNTIF, COUNTIFS, AVERAGEIF, MINIFS,
 * MAXIFS) answer #VALUE! when a criterion is text longer than 255 characters; HyperFormula
 * matches it. SUMPRODUCT evaluates its arguments as arrays in Excel (no Ctrl+Shift+Enter), so
 * `SUMPRODUCT(--(T[a]=x),T[b])` works; HyperFormula only does so with array arithmetic on.
 */
import { CellError, ErrorType, HyperFormula } from 'hyperformula';
import { EXCEL_LIMITS } from '../limits';

// HyperFormula does not export its plugin classes, AST or interpreter state types
/* eslint-disable @typescript-eslint/no-explicit-any */
type PluginClass = any;

let registered = false;

function criteriaPlugin(): PluginClass {
  const Base: PluginClass = HyperFormula.getFunctionPlugin('SUMIFS');
  class LimitedCriteria extends Base {
    sumif(ast: any, state: any) {
      return super.sumif(ast, state);
    }
    countif(ast: any, state: any) {
      return super.countif(ast, state);
    }
    averageif(ast: any, state: any) {
      return super.averageif(ast, state);
    }
    sumifs(ast: any, state: any) {
      return super.sumifs(ast, state);
    }
    countifs(ast: any, state: any) {
      return super.countifs(ast, state);
    }
    minifs(ast: any, state: any) {
      return super.minifs(ast, state);
    }
    maxifs(ast: any, state: any) {
      return super.maxifs(ast, state);
    }
    computeConditionalAggregationFunction(values: any, conditionArgs: any[], ...rest: any[]) {
      for (let i = 1; i < conditionArgs.length; i += 2) {
        const criterion = conditionArgs[i];
        if (typeof criterion === 'string' && criterion.length > EXCEL_LIMITS.criterion) {
          return new CellError(ErrorType.VALUE, `A criterion is at most ${EXCEL_LIMITS.criterion} characters.`);
        }
      }
      return super.computeConditionalAggregationFunction(values, conditionArgs, ...rest);
    }
  }
  (LimitedCriteria as PluginClass).implementedFunctions = Base.implementedFunctions;
  return LimitedCriteria;
}

function arraySumproductPlugin(): PluginClass {
  const Base: PluginClass = HyperFormula.getFunctionPlugin('SUMPRODUCT');
  class ArraySumproduct extends Base {
    sumproduct(ast: any, state: any) {
      return super.sumproduct(ast, state);
    }
  }
  (ArraySumproduct as PluginClass).implementedFunctions = {
    SUMPRODUCT: { ...Base.implementedFunctions.SUMPRODUCT, enableArrayArithmeticForArguments: true },
  };
  return ArraySumproduct;
}

function reregister(plugin: PluginClass): void {
  const names = Object.keys(plugin.implementedFunctions);
  for (const name of names) HyperFormula.unregisterFunction(name);
  HyperFormula.registerFunctionPlugin(plugin, { enGB: Object.fromEntries(names.map((n) => [n, n])) });
}

export function registerExcelFunctionLimits(): void {
  if (registered) return;
  reregister(criteriaPlugin());
  reregister(arraySumproductPlugin());
  registered = true;
}
