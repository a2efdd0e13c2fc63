/** Custom XML parts (ExcelApi 1.5). */
import { simError } from '../errors';
import { CustomXmlPartModel, namespaceOf } from '../model/customXml';
import { PropTable, SimClientObject, SimClientResult, defineProps } from './clientObject';
import { SimCollection } from './collection';

abstract class PartCollection<T> extends SimCollection<T, CustomXmlPartModel, CustomXmlPartModel, SimCustomXmlPart> {
  protected _itemTarget(model: CustomXmlPartModel): CustomXmlPartModel {
    return model;
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => CustomXmlPartModel | null): SimCustomXmlPart {
    return new SimCustomXmlPart(this.context, this, member, args, () => {
      this._requireVersion('1.5', 'customXmlParts');
      return resolver();
    });
  }

  protected _matches(model: CustomXmlPartModel, key: string): boolean {
    return model.id === key;
  }
}

export class SimCustomXmlPartCollection extends PartCollection<true> {
  get _className(): string {
    return 'CustomXmlPartCollection';
  }

  protected _list(): CustomXmlPartModel[] {
    this._requireVersion('1.5', 'customXmlParts');
    return this._model.xmlPartList;
  }

  add(xml: string): SimCustomXmlPart {
    const created = this._makeItem('add', [xml], () => null);
    this._call(
      'add',
      [xml],
      () => {
        if (typeof xml !== 'string' || !/^\s*(<\?xml[^>]*>\s*)?<[^!?]/.test(xml)) throw simError('InvalidArgument', 'The XML is not well formed.');
        const part: CustomXmlPartModel = { id: this._model.newId(), namespaceUri: namespaceOf(xml), xml };
        this._model.xmlPartList.push(part);
        created._bind(part);
      },
      '1.5',
    );
    return created;
  }

  getByNamespace(namespaceUri: string): SimCustomXmlPartScopedCollection {
    return new SimCustomXmlPartScopedCollection(this.context, this, 'getByNamespace', [namespaceUri], () => {
      this._requireVersion('1.5', 'getByNamespace');
      return namespaceUri;
    });
  }
}

export class SimCustomXmlPartScopedCollection extends PartCollection<string> {
  get _className(): string {
    return 'CustomXmlPartScopedCollection';
  }

  protected _list(namespaceUri: string): CustomXmlPartModel[] {
    return this._model.xmlPartList.filter((p) => p.namespaceUri === namespaceUri);
  }

  getOnlyItem(): SimCustomXmlPart {
    return this._makeItem('getOnlyItem', [], () => {
      const list = this._list(this._target());
      if (list.length !== 1) throw simError(list.length === 0 ? 'ItemNotFound' : 'InvalidOperation', `${list.length} parts in the namespace.`);
      return list[0];
    });
  }

  getOnlyItemOrNullObject(): SimCustomXmlPart {
    return this._makeItem('getOnlyItemOrNullObject', [], () => {
      const list = this._list(this._target());
      return list.length === 1 ? list[0] : null;
    })._queryNull();
  }
}

export class SimCustomXmlPart extends SimClientObject<CustomXmlPartModel> {
  get _className(): string {
    return 'CustomXmlPart';
  }

  override _props(): PropTable<CustomXmlPartModel> {
    return PART_PROPS;
  }

  protected override _alive(t: CustomXmlPartModel): boolean {
    return this._model.xmlPartList.includes(t);
  }

  getXml(): SimClientResult<string> {
    const result = new SimClientResult<string>();
    this._enqueue('read', 'getXml', [], (staging) => {
      const xml = this._target().xml;
      staging.push(() => result._settle(xml));
    });
    return result;
  }

  setXml(xml: string): void {
    this._call('setXml', [xml], (part) => {
      part.xml = xml;
      part.namespaceUri = namespaceOf(xml);
    });
  }

  delete(): void {
    this._call('delete', [], (part) => {
      this._model.xmlPartList = this._model.xmlPartList.filter((p) => p !== part);
    });
  }
}

const PART_PROPS: PropTable<CustomXmlPartModel> = {
  id: { get: (p) => p.id },
  namespaceUri: { get: (p) => p.namespaceUri },
};

defineProps(SimCustomXmlPart, PART_PROPS);
