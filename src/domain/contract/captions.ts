import { CATALOGUES } from './catalogues';
import { INFO_SHEET, NAMED_CELLS } from './header';
import { CHECK_TABLE } from './layout';
import { DATA_TABLES } from './tables';
import { msg, type Msg } from '../messages';

/**
 * What a clerk calls a table or a named cell: its sheet, its catalogue title or its label.
 * Table and name identifiers (KhenThuong, DM_ThamSo, DonViBaoCao) are for formulas, tools
 * and --json, not for sentences a clerk reads.
 */
export function tableCaption(tableName: string): string {
  const key = tableName.toLowerCase();
  const data = DATA_TABLES.find((t) => t.name.toLowerCase() === key);
  if (data) return `bảng ở trang "${data.sheet}"`;
  const catalogue = CATALOGUES.find((c) => c.name.toLowerCase() === key);
  if (catalogue) return `danh mục "${catalogue.title}"`;
  if (CHECK_TABLE.name.toLowerCase() === key) return `bảng kết quả ở trang "${CHECK_TABLE.sheet}"`;
  return `bảng ${tableName}`;
}

export function namedCellCaption(name: string): string {
  const spec = NAMED_CELLS.find((n) => n.name.toLowerCase() === name.toLowerCase());
  return spec ? `ô "${spec.label}" trang "${INFO_SHEET}"` : `ô ${name}`;
}

/** The caption with its first letter capitalised, to open a sentence or a list item. */
export function capitalised(caption: string): string {
  return caption.charAt(0).toUpperCase() + caption.slice(1);
}

/**
 * A catalogue's title as its caption on the "Danh mục" sheet reads, without the note in
 * brackets: "Danh hiệu thi đua, hình thức khen thưởng", "Tên gọi khác". Unknown names stay as given.
 */
export function catalogueTitle(name: string): string {
  const catalogue = CATALOGUES.find((c) => c.name.toLowerCase() === name.toLowerCase());
  return catalogue ? catalogue.title.replace(/\s*\([^)]*\)\s*$/, '') : name;
}

/** tableCaption as a message, for texts rendered in the reader's language. */
export function tableCaptionMsg(tableName: string, capital = false): Msg {
  const key = tableName.toLowerCase();
  const data = DATA_TABLES.find((t) => t.name.toLowerCase() === key);
  if (data) return msg('caption.table', { sheet: data.sheet, capital });
  if (CATALOGUES.some((c) => c.name.toLowerCase() === key)) return msg('caption.table', { cat: catalogueTitle(tableName), capital });
  if (CHECK_TABLE.name.toLowerCase() === key) return msg('caption.table', { sheet: CHECK_TABLE.sheet, check: true, capital });
  return msg('verbatim', { text: tableName });
}
