/**
 * Headers typed differently from the contract — a stray space, a no-break space, another
 * case — still name their column (the contract's header rule), but the formulas Tổng kết
 * writes name columns in the contract's spelling, and Excel looks a column up by its exact
 * spaces. Such headers are written back in the contract's spelling before anything else.
 */
import { CATALOGUES } from '../contract/catalogues';
import { columnPresence, type ContractColumn } from '../contract/columnHeader';
import { DATA_TABLES } from '../contract/tables';
import type { TableSnapshot, WorkbookSnapshot } from '../snapshot';

const CONTRACT_TABLES: readonly { name: string; columns: readonly ContractColumn[] }[] = [...DATA_TABLES, ...CATALOGUES];

export interface HeaderRename {
  table: string;
  from: string;
  to: string;
}

function contractTableOf(table: TableSnapshot): { name: string; columns: readonly ContractColumn[] } | undefined {
  return CONTRACT_TABLES.find((spec) => spec.name.toLowerCase() === table.name.toLowerCase());
}

export function headerRenames(snapshot: WorkbookSnapshot): HeaderRename[] {
  return snapshot.tables.flatMap((table) => {
    const spec = contractTableOf(table);
    if (!spec) return [];
    return columnPresence(spec.columns, table.headers).misspelt.map((m) => ({ table: table.name, from: m.typed, to: m.column.header }));
  });
}

/** The snapshot as it stands once `headerRenames` are applied. */
export function withContractHeaders(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const renames = headerRenames(snapshot);
  if (renames.length === 0) return snapshot;
  return {
    ...snapshot,
    tables: snapshot.tables.map((table) => {
      const own = renames.filter((r) => r.table === table.name);
      if (own.length === 0) return table;
      return { ...table, headers: table.headers.map((h) => own.find((r) => r.from === h)?.to ?? h) };
    }),
  };
}
