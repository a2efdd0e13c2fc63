/** Workbook-scoped defined names (NamedItemCollection, NamedItem). */
import { absoluteAddress, parseRect, splitSheet } from '../addressing';
import { simError } from '../errors';
import type { NamedItemModel } from '../model/names';
import type { WorkbookModel } from '../model/workbookModel';
import { PropTable, SimClientObject, defineProps } from './clientObject';
import { SimCollection } from './collection';
import { SimRange } from './range';

export function nameFormula(named: NamedItemModel): string {
  if (named.target) return `=${absoluteAddress(named.target.sheet.name, named.target.rect).replace(/^'([^' ]+)'!/, (m, s: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(s) ? `${s}!` : m))}`;
  return named.constantFormula ?? '=#REF!';
}

/** "=Sheet!$B$3" (or "='Khen thưởng'!$B$3:$C$4") as a reference, otherwise a constant formula. */
export function parseReference(wb: WorkbookModel, formula: string): Pick<NamedItemModel, 'target' | 'constantFormula'> {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  const { sheet, local } = splitSheet(text);
  if (sheet) {
    try {
      return { target: { sheet: wb.sheetOrThrow(sheet), rect: parseRect(local) } };
    } catch {
      throw simError('InvalidArgument', `"${formula}" is not a valid reference.`);
    }
  }
  return { constantFormula: `=${text}` };
}

export class SimNamedItemCollection extends SimCollection<true, NamedItemModel, NamedItemModel, SimNamedItem> {
  get _className(): string {
    return 'NamedItemCollection';
  }

  protected _list(): NamedItemModel[] {
    return this._model.namedItemList;
  }

  protected _itemTarget(model: NamedItemModel): NamedItemModel {
    return model;
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => NamedItemModel | null): SimNamedItem {
    return new SimNamedItem(this.context, this, member, args, resolver);
  }

  protected _matches(model: NamedItemModel, key: string): boolean {
    return model.name.toLowerCase() === key.toLowerCase();
  }

  add(name: string, reference: SimRange | string, comment?: string): SimNamedItem {
    const created = this._makeItem('add', [name, reference, comment], () => null);
    this._call(
      'add',
      [name, reference, comment],
      () => {
        const wb = this._model;
        wb.checkNewName(name, 'name');
        const where =
          reference instanceof SimRange
            ? { target: { sheet: reference._target().sheet, rect: reference._target().rect } }
            : parseReference(wb, String(reference));
        const named: NamedItemModel = { name, ...where, comment: comment ?? '', visible: true };
        wb.namedItemList.push(named);
        wb.touchStructure();
        created._bind(named);
      },
      '1.4',
    );
    return created;
  }
}

export class SimNamedItem extends SimClientObject<NamedItemModel> {
  get _className(): string {
    return 'NamedItem';
  }

  override _props(): PropTable<NamedItemModel> {
    return NAMED_PROPS;
  }

  protected override _alive(t: NamedItemModel): boolean {
    return this._model.namedItemList.includes(t);
  }

  getRange(): SimRange {
    return new SimRange(this.context, this, 'getRange', [], () => {
      const t = this._target();
      if (!t.target) throw simError('InvalidOperation', `The name ${t.name} does not refer to a range.`);
      return { sheet: t.target.sheet, rect: t.target.rect };
    });
  }

  getRangeOrNullObject(): SimRange {
    return new SimRange(this.context, this, 'getRangeOrNullObject', [], () => {
      const t = this._resolve();
      return t?.target ? { sheet: t.target.sheet, rect: t.target.rect } : null;
    })._queryNull();
  }

  delete(): void {
    this._call(
      'delete',
      [],
      (t) => {
        this._model.namedItemList = this._model.namedItemList.filter((n) => n !== t);
        this._model.touchStructure();
      },
      '1.4',
    );
  }
}

function nameType(t: NamedItemModel): string {
  if (t.target) return 'Range';
  const text = (t.constantFormula ?? '').slice(1);
  if (/^#/.test(text)) return 'Error';
  if (/^(TRUE|FALSE)$/i.test(text)) return 'Boolean';
  if (/^-?\d+(\.\d+)?$/.test(text)) return 'Double';
  return 'String';
}

const NAMED_PROPS: PropTable<NamedItemModel> = {
  name: { get: (t) => t.name },
  type: { get: nameType },
  formula: {
    get: nameFormula,
    set: (t, v, self) => {
      const where = parseReference(self._model, String(v));
      t.target = where.target;
      t.constantFormula = where.constantFormula;
      self._model.touchStructure();
    },
  },
  value: { get: (t) => (t.target ? nameFormula(t).slice(1) : (t.constantFormula ?? '').slice(1)) },
  visible: { get: (t) => t.visible, set: (t, v) => (t.visible = !!v) },
  comment: { get: (t) => t.comment, set: (t, v) => (t.comment = String(v)) },
  scope: { get: () => 'Workbook' },
};

defineProps(SimNamedItem, NAMED_PROPS);
