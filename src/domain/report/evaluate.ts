/** The value Excel gives an Expression, over the snapshot's inputs and the computed columns. */
import { DATA_TABLES } from '../contract/tables';
import { arithmetic } from '../compute/coercion';
import { countIfs, sumIfs } from '../compute/conditionalAggregates';
import { sumOfCells } from '../compute/coercion';
import { findSnapshotTable, readTableData, type TableData } from '../compute/tableData';
import type { ComputedWorkbook } from '../compute/types';
import { excelError, isExcelError, type ComputedValue, type ExcelValue } from '../compute/values';
import type { WorkbookSnapshot } from '../snapshot';
import type { Expression } from './expression';

/** Whole columns of the workbook's tables as formulas on "Tổng hợp" read them. */
export interface ColumnSource {
  hasTable(table: string): boolean;
  hasColumn(table: string, header: string): boolean;
  column(table: string, header: string): readonly ExcelValue[];
}

export function columnSource(snapshot: WorkbookSnapshot, computed: ComputedWorkbook): ColumnSource {
  const data = new Map<string, TableData | null>();
  const tableData = (name: string): TableData | null => {
    if (!data.has(name)) {
      const t = findSnapshotTable(snapshot, name);
      data.set(name, t ? readTableData(t) : null);
    }
    return data.get(name) ?? null;
  };
  const computedHeaders = new Map(DATA_TABLES.map((t) => [t.name, new Set(t.columns.filter((c) => c.kind !== 'input').map((c) => c.header))]));
  const columns = new Map<string, readonly ExcelValue[]>();
  const read = (table: string, header: string): readonly ExcelValue[] => {
    const result = computed.tables[table];
    if (result && computedHeaders.get(table)?.has(header)) return result.rows.map((r) => r[header] ?? '');
    return tableData(table)?.column(header) ?? [];
  };
  return {
    hasTable: (table) => tableData(table) !== null,
    hasColumn: (table, header) => tableData(table)?.hasColumn(header) ?? false,
    column(table, header) {
      const key = `${table}\u0000${header}`;
      let values = columns.get(key);
      if (!values) {
        values = read(table, header);
        columns.set(key, values);
      }
      return values;
    },
  };
}

export function evaluate(e: Expression, source: ColumnSource): ComputedValue {
  switch (e.op) {
    case 'sum':
      return sumOfCells(source.column(e.table, e.header));
    case 'sumifs':
      return sumIfs(
        source.column(e.table, e.header),
        e.criteria.map((c) => ({ values: source.column(e.table, c.header), criterion: c.criterion })),
      );
    case 'countifs':
      return countIfs(e.criteria.map((c) => ({ values: source.column(e.table, c.header), criterion: c.criterion })));
    case 'counta':
      return source.column(e.table, e.header).filter((v) => v !== null).length;
    case 'index': {
      const values = source.column(e.table, e.header);
      if (e.row < 1 || e.row > values.length) return excelError('#REF!');
      const value = values[e.row - 1];
      return value === null || value === undefined ? '' : value;
    }
    case 'add': {
      let total = 0;
      for (const term of e.terms) {
        const n = arithmetic(evaluate(term, source));
        if (isExcelError(n)) return n;
        total += n;
      }
      return total;
    }
    case 'subtract': {
      const a = arithmetic(evaluate(e.minuend, source));
      if (isExcelError(a)) return a;
      const b = arithmetic(evaluate(e.subtrahend, source));
      if (isExcelError(b)) return b;
      return a - b;
    }
    case 'ratio': {
      const den = evaluate(e.denominator, source);
      if (isExcelError(den)) return den;
      if (den === 0) return '';
      const n = arithmetic(evaluate(e.numerator, source));
      if (isExcelError(n)) return n;
      const d = arithmetic(den);
      if (isExcelError(d)) return d;
      return d === 0 ? excelError('#DIV/0!') : n / d;
    }
  }
}
