export * from './values';
export * from './types';
export { computeTables, computeTable, TABLE_COMPUTATIONS } from './computeTables';
export { computedValue, computedColumn, computedTotal } from './lookup';
export { readComputeCatalogues, type ComputeCatalogues } from './catalogues';
