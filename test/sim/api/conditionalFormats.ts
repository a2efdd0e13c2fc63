/** Range.conditionalFormats (ExcelApi 1.6), "Custom" formula rules with fill/font. */
import { intersect, subtract } from '../addressing';
import { simError } from '../errors';
import { checkRuleFormula } from '../formulas/ruleFormulas';
import type { ConditionalFormatModel } from '../model/conditionalFormats';
import type { SheetModel } from '../model/sheet';
import { AnyProxy, PropTable, SimClientObject, SimClientResult, defineProps } from './clientObject';
import { normalizeColor } from './colors';
import type { RangeTarget } from './range';
import { SimRange } from './range';

interface CfTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export class SimConditionalFormatCollection extends SimClientObject<RangeTarget> {
  get _className(): string {
    return 'ConditionalFormatCollection';
  }

  get items(): SimConditionalFormat[] {
    return this._read('items') as SimConditionalFormat[];
  }

  private _list(t: RangeTarget): ConditionalFormatModel[] {
    return t.sheet.conditionalFormats.filter((cf) => intersect(cf.rect, t.rect));
  }

  add(type: string): SimConditionalFormat {
    const created = new SimConditionalFormat(this.context, this, 'add', [type], () => null);
    this._call('add', [type], (t) => {
      this._model.assertWritable(t.sheet, t.rect, 'format');
      const cf: ConditionalFormatModel = {
        id: this._model.newId(),
        type: String(type),
        rect: { ...t.rect },
        formula: '',
        stopIfTrue: false,
        priority: 0,
      };
      t.sheet.conditionalFormats.unshift(cf); // a new rule gets the top priority, as in Excel
      t.sheet.conditionalFormats.forEach((c, i) => (c.priority = i));
      created._bind({ sheet: t.sheet, cf });
    });
    return created;
  }

  clearAll(): void {
    this._call('clearAll', [], (t) => {
      this._model.assertWritable(t.sheet, t.rect, 'format');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.flatMap((cf) =>
        subtract(cf.rect, t.rect).map((rect, i) => ({ ...cf, rect, id: i === 0 ? cf.id : `${cf.id}-${i}` })),
      );
    });
  }

  getCount(): SimClientResult<number> {
    const result = new SimClientResult<number>();
    this._enqueue('read', 'getCount', [], (staging) => {
      const n = this._list(this._target()).length;
      staging.push(() => result._settle(n));
    });
    return result;
  }

  getItemAt(index: number): SimConditionalFormat {
    return new SimConditionalFormat(this.context, this, 'getItemAt', [index], () => {
      const t = this._target();
      const cf = this._list(t)[index];
      if (!cf) throw simError('ItemNotFound', `No conditional format at ${index}.`);
      return { sheet: t.sheet, cf };
    });
  }

  override _snapshot(paths: readonly string[], staging: Array<() => void>): void {
    const t = this._target();
    const itemPaths = paths.filter((p) => p !== 'items').map((p) => p.replace(/^items\//, ''));
    const items = this._list(t).map((cf) => {
      const item = new SimConditionalFormat(this.context, this, 'getItem', [cf.id], () => null);
      item._bind({ sheet: t.sheet, cf });
      item._snapshot(itemPaths, staging);
      return item;
    });
    staging.push(() => {
      this._isNull = false;
      this._loaded.set('items', items);
    });
  }
}

export class SimConditionalFormat extends SimClientObject<CfTarget> {
  get _className(): string {
    return 'ConditionalFormat';
  }

  override _props(): PropTable<CfTarget> {
    return CF_PROPS;
  }

  protected override _alive(t: CfTarget): boolean {
    return t.sheet.conditionalFormats.includes(t.cf);
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { custom: () => this.custom, customOrNullObject: () => this.customOrNullObject };
  }

  /** ConditionalFormat.customOrNullObject (ExcelApi 1.6): a null object for other types. */
  get customOrNullObject(): SimConditionalCustomFormat {
    return this._child('customOrNullObject', () =>
      new SimConditionalCustomFormat(this.context, this, 'customOrNullObject', [], () => {
        const t = this._target();
        return t.cf.type === 'Custom' ? t : null;
      }),
    );
  }

  get custom(): SimConditionalCustomFormat {
    return this._child('custom', () => new SimConditionalCustomFormat(this.context, this, 'custom', [], () => {
      const t = this._target();
      if (t.cf.type !== 'Custom') throw simError('InvalidOperation', `The conditional format is of type ${t.cf.type}, not Custom.`);
      return t;
    }));
  }

  getRange(): SimRange {
    return new SimRange(this.context, this, 'getRange', [], () => {
      const t = this._target();
      return { sheet: t.sheet, rect: t.cf.rect };
    });
  }

  delete(): void {
    this._call('delete', [], (t) => {
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((c) => c !== t.cf);
    });
  }
}

const CF_PROPS: PropTable<CfTarget> = {
  type: { get: (t) => t.cf.type },
  id: { get: (t) => t.cf.id },
  priority: { get: (t) => t.cf.priority },
  stopIfTrue: { get: (t) => t.cf.stopIfTrue, set: (t, v) => (t.cf.stopIfTrue = !!v) },
};

export class SimConditionalCustomFormat extends SimClientObject<CfTarget> {
  get _className(): string {
    return 'CustomConditionalFormat';
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): SimConditionalFormatRule {
    return this._child('rule', () => new SimConditionalFormatRule(this.context, this, 'rule', [], () => this._target()));
  }

  get format(): SimConditionalRangeFormat {
    return this._child('format', () => new SimConditionalRangeFormat(this.context, this, 'format', [], () => this._target()));
  }
}

export class SimConditionalFormatRule extends SimClientObject<CfTarget> {
  get _className(): string {
    return 'ConditionalFormatRule';
  }

  override _props(): PropTable<CfTarget> {
    return RULE_PROPS;
  }
}

const RULE_PROPS: PropTable<CfTarget> = {
  formula: {
    get: (t) => t.cf.formula,
    set: (t, v, self) => {
      const formula = String(v);
      if (!formula.startsWith('=')) throw simError('InvalidArgument', 'A conditional format formula starts with "=".');
      checkRuleFormula(self._model, t.sheet, t.cf.rect.row, t.cf.rect.col, formula, 'conditionalFormat');
      t.cf.formula = formula;
    },
  },
  formulaLocal: { get: (t) => t.cf.formula },
};

export class SimConditionalRangeFormat extends SimClientObject<CfTarget> {
  get _className(): string {
    return 'ConditionalRangeFormat';
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get fill(): SimConditionalFill {
    return this._child('fill', () => new SimConditionalFill(this.context, this, 'fill', [], () => this._target()));
  }

  get font(): SimConditionalFont {
    return this._child('font', () => new SimConditionalFont(this.context, this, 'font', [], () => this._target()));
  }
}

export class SimConditionalFill extends SimClientObject<CfTarget> {
  get _className(): string {
    return 'ConditionalRangeFill';
  }

  override _props(): PropTable<CfTarget> {
    return CF_FILL_PROPS;
  }

  clear(): void {
    this._call('clear', [], (t) => delete t.cf.fill);
  }
}

const CF_FILL_PROPS: PropTable<CfTarget> = {
  color: { get: (t) => t.cf.fill ?? null, set: (t, v) => (t.cf.fill = normalizeColor(v)) },
};

export class SimConditionalFont extends SimClientObject<CfTarget> {
  get _className(): string {
    return 'ConditionalRangeFont';
  }

  override _props(): PropTable<CfTarget> {
    return CF_FONT_PROPS;
  }
}

const CF_FONT_PROPS: PropTable<CfTarget> = {
  color: { get: (t) => t.cf.fontColor ?? null, set: (t, v) => (t.cf.fontColor = normalizeColor(v)) },
  bold: { get: (t) => t.cf.bold ?? null, set: (t, v) => (t.cf.bold = !!v) },
};

defineProps(SimConditionalFormat, CF_PROPS);
defineProps(SimConditionalFormatRule, RULE_PROPS);
defineProps(SimConditionalFill, CF_FILL_PROPS);
defineProps(SimConditionalFont, CF_FONT_PROPS);
