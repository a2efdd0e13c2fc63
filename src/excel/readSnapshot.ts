import { FORMAT_XML_NAMESPACE, parseFormatXml } from '../domain/contract/layout';
import { ROWS_READ_BELOW_TABLE, type CellValue, type NamedCellSnapshot, type TableSnapshot, type WorkbookSnapshot } from '../domain/snapshot';
import { packBatches, READ_BYTES_PER_CELL, rowChunks } from './payload';

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  /** id of the custom XML part holding the format version, when there is one */
  formatPartId: string | null;
  syncs: number;
  /** chart names of the sheets asked for in `chartsOf` */
  chartsBySheet: Record<string, string[]>;
}

interface TableShape {
  name: string;
  sheet: string;
  headerRow: number;
  firstColumn: number;
  headers: string[];
  rowCount: number;
  showTotals: boolean;
  values: CellValue[][];
  formulas: CellValue[][];
  below: CellValue[][];
}

/**
 * Reads everything the domain decides on: sheets, tables (headers, values, formulas, the rows
 * below), named cells and the stored format version. Three round trips whatever the size of
 * the workbook, more only when the data would exceed the 5 MB response limit.
 */
export async function readSnapshot(context: Excel.RequestContext, options: { chartsOf?: readonly string[] } = {}): Promise<ReadResult> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name');
  const tables = workbook.tables.load('items/name,items/showTotals');
  const names = workbook.names.load('items/name,items/type');
  const parts = workbook.customXmlParts.getByNamespace(FORMAT_XML_NAMESPACE).load('items/id');
  await context.sync();

  const sheetNames = worksheets.items.map((s) => s.name);
  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  );
  const tableParts = tables.items.map((table) => ({
    table,
    sheet: table.worksheet.load('name'),
    header: table.getHeaderRowRange().load('values,rowIndex,columnIndex'),
    body: table.getDataBodyRange().load('rowCount,columnCount'),
    below: table.getRange().getRowsBelow(ROWS_READ_BELOW_TABLE).load('values'),
  }));
  const rangeNames = names.items.filter((n) => n.type === 'Range');
  const namedRanges = rangeNames.map((n) => {
    const range = n.getRange().load('rowIndex,columnIndex,rowCount,columnCount,values,formulas');
    return { name: n.name, range, sheet: range.worksheet.load('name') };
  });
  const charts = (options.chartsOf ?? [])
    .filter((sheet) => sheetNames.includes(sheet))
    .map((sheet) => ({ sheet, items: worksheets.getItem(sheet).charts.load('items/name') }));
  const part = parts.items[0];
  const xml = part ? part.getXml() : null;
  await context.sync();
  let syncs = 2;

  const shapes: TableShape[] = tableParts.map((p) => ({
    name: p.table.name,
    sheet: p.sheet.name,
    headerRow: p.header.rowIndex,
    firstColumn: p.header.columnIndex,
    headers: (p.header.values[0] ?? []).map((h) => String(h)),
    rowCount: p.body.rowCount,
    showTotals: p.table.showTotals,
    values: [],
    formulas: [],
    below: p.below.values as CellValue[][],
  }));

  // Data bodies, split by the response limit: values and formulas of every cell.
  const pieces = shapes.flatMap((shape, index) =>
    rowChunks(shape.rowCount, shape.headers.length * READ_BYTES_PER_CELL).map((chunk) => ({ index, ...chunk })),
  );
  for (const batch of packBatches(pieces, (p) => p.count * shapes[p.index].headers.length * READ_BYTES_PER_CELL)) {
    const loaded = batch.map((piece) => ({
      piece,
      range: tableParts[piece.index].table
        .getDataBodyRange()
        .getRow(piece.start)
        .getResizedRange(piece.count - 1, 0)
        .load('values,formulas'),
    }));
    // One sync per payload-sized batch: the loop runs once unless the data exceeds 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const { piece, range } of loaded) {
      shapes[piece.index].values.push(...(range.values as CellValue[][]));
      shapes[piece.index].formulas.push(...(range.formulas as CellValue[][]));
    }
  }

  const tableSnapshots: TableSnapshot[] = shapes.map((s) => ({
    name: s.name,
    sheet: s.sheet,
    headerRow: s.headerRow,
    firstColumn: s.firstColumn,
    headers: s.headers,
    values: s.values,
    formulas: s.formulas,
    showTotals: s.showTotals,
    below: s.below,
  }));

  const namedCells: Record<string, NamedCellSnapshot | undefined> = {};
  for (const n of namedRanges) {
    namedCells[n.name] = {
      sheet: n.sheet.name,
      row: n.range.rowIndex,
      column: n.range.columnIndex,
      value: (n.range.values[0]?.[0] ?? null) as CellValue,
      formula: (n.range.formulas[0]?.[0] ?? null) as CellValue,
    };
  }

  const usedExtents: WorkbookSnapshot['usedExtents'] = {};
  sheetNames.forEach((sheet, i) => {
    const range = used[i];
    if (!range.isNullObject) {
      usedExtents[sheet] = { rows: range.rowIndex + range.rowCount, columns: range.columnIndex + range.columnCount };
    }
  });

  return {
    snapshot: {
      sheets: sheetNames,
      tables: tableSnapshots,
      names: namedCells,
      formatVersion: xml ? parseFormatXml(xml.value) : null,
      usedExtents,
    },
    formatPartId: part ? part.id : null,
    syncs,
    chartsBySheet: Object.fromEntries(charts.map((c) => [c.sheet, c.items.items.map((chart) => chart.name)])),
  };
}
