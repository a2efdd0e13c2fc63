/** context.workbook and context.application. */
import { AnyProxy, PropTable, SimClientObject, defineProps } from './clientObject';
import type { SimRequestContext } from './context';
import { SimCustomXmlPartCollection } from './customXml';
import { SimNamedItemCollection } from './names';
import { SimRange } from './range';
import { SimTableCollection } from './table';
import { SimWorksheetCollection } from './worksheet';

type Root = true;

export class SimWorkbookProxy extends SimClientObject<Root> {
  get _className(): string {
    return 'Workbook';
  }

  override _props(): PropTable<Root> {
    return WORKBOOK_PROPS;
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { worksheets: () => this.worksheets, tables: () => this.tables, names: () => this.names, application: () => this.application };
  }

  get worksheets(): SimWorksheetCollection {
    return this._child('worksheets', () => new SimWorksheetCollection(this.context, this, 'worksheets', [], () => true));
  }

  get tables(): SimTableCollection {
    return this._child('tables', () => new SimTableCollection(this.context, this, 'tables', [], () => ({})));
  }

  get names(): SimNamedItemCollection {
    return this._child('names', () => new SimNamedItemCollection(this.context, this, 'names', [], () => true));
  }

  get customXmlParts(): SimCustomXmlPartCollection {
    return this._child('customXmlParts', () => new SimCustomXmlPartCollection(this.context, this, 'customXmlParts', [], () => true));
  }

  get application(): SimApplication {
    return this._child('application', () => new SimApplication(this.context, this, 'application', [], () => true));
  }

  getSelectedRange(): SimRange {
    return new SimRange(this.context, this, 'getSelectedRange', [], () => ({ ...this._model.selected }));
  }

  getActiveCell(): SimRange {
    return new SimRange(this.context, this, 'getActiveCell', [], () => {
      this._requireVersion('1.7', 'getActiveCell');
      const { sheet, rect } = this._model.selected;
      return { sheet, rect: { row: rect.row, col: rect.col, rows: 1, cols: 1 } };
    });
  }
}

const WORKBOOK_PROPS: PropTable<Root> = {
  name: { get: () => 'Book1.xlsx', minVersion: '1.7' },
};

export class SimApplication extends SimClientObject<Root> {
  get _className(): string {
    return 'Application';
  }

  override _props(): PropTable<Root> {
    return APPLICATION_PROPS;
  }

  calculate(calculationType?: string): void {
    this._call('calculate', [calculationType], () => this._model.calculate());
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => this._model.suspendApiCalculation(), '1.6');
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call('suspendScreenUpdatingUntilNextSync', [], () => undefined, '1.9');
  }
}

const APPLICATION_PROPS: PropTable<Root> = {
  calculationMode: {
    get: (_t, self) => self._model.calculationMode,
    set: (_t, v, self) => {
      self._requireVersion('1.8', 'calculationMode');
      self._model.setCalculationMode(String(v));
    },
  },
};

defineProps(SimWorkbookProxy, WORKBOOK_PROPS);
defineProps(SimApplication, APPLICATION_PROPS);

export function makeRootProxies(context: SimRequestContext): { workbook: unknown; application: unknown } {
  const workbook = new SimWorkbookProxy(context, null, 'workbook', [], () => true);
  return { workbook, application: workbook.application };
}
