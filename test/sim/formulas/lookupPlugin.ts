/** LOOKUP (vector form), which HyperFormula lacks: the last entry ≤ the key in a sorted vector. */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';

type Raw = unknown;

function plain(value: Raw): Raw {
  // HyperFormula wraps dates and percentages in rich number objects carrying `val`
  if (value !== null && typeof value === 'object' && 'val' in value) return (value as { val: number }).val;
  return value;
}

function compare(a: Raw, b: Raw): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase().localeCompare(b.toLowerCase());
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return null; // different types never match, as in Excel
}

export class LookupPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    LOOKUP: {
      method: 'lookup',
      parameters: [
        { argumentType: FunctionArgumentType.NOERROR },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE, optionalArg: true },
      ],
    },
  };

  // HyperFormula does not export its AST and interpreter-state types
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  lookup(ast: { args: any[] }, state: any) {
    return this.runFunction(ast.args, state, this.metadata('LOOKUP'), (key: Raw, vector: SimpleRangeValue, result?: SimpleRangeValue) => {
      const keys = vector.valuesFromTopLeftCorner().map(plain);
      const results = (result ?? vector).valuesFromTopLeftCorner().map(plain);
      const wanted = plain(key);
      let found = -1;
      for (let i = 0; i < keys.length; i++) {
        const d = compare(keys[i], wanted);
        if (d === null) continue;
        if (d <= 0) found = i;
        else break;
      }
      if (found < 0 || found >= results.length) return new CellError(ErrorType.NA);
      const value = results[found];
      return (value === null || value === undefined ? 0 : value) as number | string | boolean;
    });
  }
}

let registered = false;

export function registerLookupPlugin(): void {
  if (registered || HyperFormula.getRegisteredFunctionNames('enGB').includes('LOOKUP')) return;
  HyperFormula.registerFunctionPlugin(LookupPlugin, { enGB: { LOOKUP: 'LOOKUP' } });
  registered = true;
}
