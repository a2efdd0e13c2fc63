/**
 * Style objects that cells share, made safe to share (Node build of exceljs: the command line
 * and the tests; the task pane does not use the file adapter's writers). exceljs gives cells
 * of one style one object when it loads a file; the file adapter also shares the empty style
 * of unstyled cells (excelJsLoad.ts) and the styles it gives computed cells (styles.ts). Every
 * module that shares a style imports this one.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- exceljs's internals have no types */
const CellClass = require('exceljs/lib/doc/cell') as { prototype: object };
const StylesXformClass = require('exceljs/lib/xlsx/xform/style/styles-xform') as { prototype: { addStyleModel(model: object, cellType?: number): number } };

/** The style of every cell loaded without one (frozen: a change replaces it, see below). */
export const NO_STYLE = Object.freeze({});

/*
 * exceljs's style setters (`cell.font = …`, also used by its row and column setters) change
 * the cell's style object in place, though exceljs gives cells of one style the same object
 * when it loads a file: the change spread to every cell of that style. Here a setter gives
 * the cell a new style object; the module's own writers already do so (styles.ts).
 */
for (const name of ['numFmt', 'font', 'alignment', 'border', 'fill', 'protection'] as const) {
  Object.defineProperty(CellClass.prototype, name, {
    configurable: true,
    get(this: { style: Record<string, unknown> }) {
      return this.style[name];
    },
    set(this: { style: Record<string, unknown> }, value: unknown) {
      this.style = { ...this.style, [name]: value };
    },
  });
}

/*
 * exceljs remembers the style id of each style object it writes, whatever the cell's type;
 * for an unstyled cell the id depends on the type (a date gets a date format). The one
 * shared NO_STYLE stands for a new empty style per type, as each cell had its own before.
 */
const emptyStyles = new WeakMap<object, Map<number | undefined, object>>();
const addStyleModel = StylesXformClass.prototype.addStyleModel;
StylesXformClass.prototype.addStyleModel = function (this: object, model: object, cellType?: number): number {
  if (model !== NO_STYLE) return addStyleModel.call(this, model, cellType);
  let byType = emptyStyles.get(this);
  if (!byType) emptyStyles.set(this, (byType = new Map()));
  let empty = byType.get(cellType);
  if (!empty) byType.set(cellType, (empty = {}));
  return addStyleModel.call(this, empty, cellType);
};
/* eslint-enable @typescript-eslint/no-require-imports */
