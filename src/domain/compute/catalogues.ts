/**
 * The catalogue columns the formulas read (DM_DanhHieu, DM_LuongCoSo, DM_CapQuyetDinh,
 * DM_TenGoi), exactly as Excel sees them: the workbook's tables when present, else the
 * contract's defaults as the add-in writes them (dates as serial numbers).
 */
import { AWARD_CATALOGUE_HEADERS, DM_CAP_QUYET_DINH, DM_DANH_HIEU, DM_LUONG_CO_SO, DM_TEN_GOI } from '../contract/catalogues';
import type { CatalogueSpec } from '../contract/types';
import type { WorkbookSnapshot } from '../snapshot';
import { isoToSerial } from '../util/dates';
import { findSnapshotTable, readTableData, type TableData } from './tableData';
import type { ExcelValue } from './values';

export { AWARD_CATALOGUE_HEADERS };

export const BASE_SALARY_HEADERS = { from: 'Từ ngày', amount: 'Mức lương cơ sở (đồng)' } as const;

/** One catalogue table as columns of formula-visible values, by header. */
export interface CatalogueColumns {
  name: string;
  fromWorkbook: boolean;
  column(header: string): readonly ExcelValue[];
}

export interface ComputeCatalogues {
  awards: CatalogueColumns;
  baseSalaries: CatalogueColumns;
  signers: CatalogueColumns;
  aliases: CatalogueColumns;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function defaultColumns(spec: CatalogueSpec): CatalogueColumns {
  const byHeader = new Map<string, ExcelValue[]>();
  for (const column of spec.columns) {
    byHeader.set(
      column.header,
      spec.rows.map((row) => {
        const value = row[column.key] ?? null;
        if (column.type === 'date' && typeof value === 'string' && ISO_DATE.test(value)) return isoToSerial(value);
        return value === '' ? null : value;
      }),
    );
  }
  return { name: spec.name, fromWorkbook: false, column: (header) => byHeader.get(header) ?? spec.rows.map(() => null) };
}

function workbookColumns(data: TableData): CatalogueColumns {
  const cache = new Map<string, ExcelValue[]>();
  return {
    name: data.name,
    fromWorkbook: true,
    column(header) {
      let values = cache.get(header);
      if (!values) {
        values = data.column(header);
        cache.set(header, values);
      }
      return values;
    },
  };
}

function catalogue(snapshot: WorkbookSnapshot, spec: CatalogueSpec): CatalogueColumns {
  const table = findSnapshotTable(snapshot, spec.name);
  return table ? workbookColumns(readTableData(table)) : defaultColumns(spec);
}

export function readComputeCatalogues(snapshot: WorkbookSnapshot): ComputeCatalogues {
  return {
    awards: catalogue(snapshot, DM_DANH_HIEU),
    baseSalaries: catalogue(snapshot, DM_LUONG_CO_SO),
    signers: catalogue(snapshot, DM_CAP_QUYET_DINH),
    aliases: catalogue(snapshot, DM_TEN_GOI),
  };
}
