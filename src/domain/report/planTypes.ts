/** The "Tổng hợp" sheet as data: blocks of cells, live formulas with expected values, charts. */
import type { ComputedValue } from '../compute/values';
import type { Paragraph } from './paragraphs';

export type CellStyle = 'title' | 'header' | 'label' | 'figure' | 'paragraph' | 'note';

export interface PlanCell {
  style: CellStyle;
  /** static content (text, or a number such as a date serial); absent for formula cells */
  value?: string | number | null;
  /** live formula (English names, "," separators), with "=" */
  formula?: string;
  /** what Excel should show once it has recalculated the formula */
  expected?: ComputedValue;
  /** the figure's stable key (formula cells) */
  key?: string;
  /** the figure's Vietnamese name (formula cells) */
  label?: string;
  numberFormat?: string;
}

export interface SummaryBlock {
  /** stable identifier: header, awards, ratings, tthc, deadlineCuts, gcn, targets, paragraphs */
  key: string;
  /** 0-based sheet row of the block's first row; the block starts in column A */
  row: number;
  /** 0-based column of the block's first cells when not column A (the formulas' texts) */
  column?: number;
  /** rows of cells, left to right from column A; a row may be shorter than others */
  rows: PlanCell[][];
}

/** A range of the summary sheet, both relative to a block and as an A1 address. */
export interface PlanRange {
  block: string;
  /** 0-based offsets inside the block */
  rowOffset: number;
  columnOffset: number;
  rowCount: number;
  columnCount: number;
  /** A1 address on the summary sheet, e.g. "A30:B32" */
  address: string;
}

export interface ChartSpec {
  key: string;
  /** Excel.ChartType names */
  type: 'Pie' | 'ColumnClustered';
  title: string;
  /** category labels in the first column; series in the other columns (a header row, when included, names them) */
  source: PlanRange;
  seriesBy: 'Columns';
  /** top-left cell where the chart is placed */
  anchor: string;
}

/** A formula cell to cross-check after recalculation. */
export interface PlannedFigure {
  key: string;
  /** Vietnamese name, for messages */
  label: string;
  formula: string;
  expected: ComputedValue;
  numberFormat: string;
  /** A1 address on the summary sheet */
  address: string;
}

export interface SummaryPlan {
  sheet: string;
  /** the "dd/mm/yyyy hh:mm" stamp written on the sheet */
  computedAt: string;
  /** column widths in characters, from column A */
  columnWidths: number[];
  blocks: SummaryBlock[];
  charts: ChartSpec[];
  figures: PlannedFigure[];
  /** the draft paragraphs written on the sheet, for the task pane */
  paragraphs: Paragraph[];
}
