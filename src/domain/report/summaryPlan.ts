/**
 * The content of the "Tổng hợp" sheet: sections of live formulas over the tables (each with
 * the value the domain expects), two charts, and the drafted paragraphs as text with the
 * time they were computed. Sections whose table is absent are left out.
 */
import { SUMMARY_SHEET } from '../contract/layout';
import { cellAddress, rangeAddress } from '../util/a1';
import { computedAtLine, computedAtStamp } from './computedAt';
import { formatProseDate } from './format';
import { draftParagraphs } from './paragraphs';
import { awardRows, certificateRows, deadlineCutRows, DOSSIER_ORDER, dossierRows, ratingRows, targetRows, unitRows, comparisonRows } from './plan/sections';
import { splitCellText } from './cellText';
import { FORMULA_TEXT_CAPTION, FORMULA_TEXT_COLUMN } from './formulaTexts';
import { empty, label, note, paragraph, title } from './planCells';
import type { ChartSpec, PlanCell, PlannedFigure, PlanRange, SummaryBlock, SummaryPlan } from './planTypes';
import type { ReportInfo, Summary } from './summaryTypes';

export interface SummaryPlanOptions {
  /** when "Tính tổng hợp" ran; stamped on the sheet and in the paragraphs */
  computedAt: Date | string;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const CHART_COLUMN = 8;
const COLUMN_WIDTHS = [48, 18, 16, 16, 16, 16, 18];

function headerRows(info: ReportInfo, computedAt: Date | string): PlanCell[][] {
  const rows = [[title('TỔNG HỢP SỐ LIỆU BÁO CÁO TỔNG KẾT')]];
  if (info.unit) rows.push([paragraph(`Đơn vị báo cáo: ${info.unit}`)]);
  if (info.periodFrom || info.periodTo) {
    const from = info.periodFrom ? `từ ngày ${formatProseDate(info.periodFrom)}` : '';
    const to = info.periodTo ? `đến ngày ${formatProseDate(info.periodTo)}` : '';
    rows.push([paragraph(`Kỳ báo cáo: ${[from, to].filter(Boolean).join(' ')}`)]);
  }
  if (info.reportDate) rows.push([paragraph(`Ngày báo cáo: ${formatProseDate(info.reportDate)}`)]);
  rows.push([paragraph(computedAtLine(computedAt))]);
  rows.push([paragraph('Số liệu là công thức tính trực tiếp từ các bảng; mỗi tỷ lệ bằng tổng tử số chia tổng mẫu số, không lấy trung bình các tỷ lệ. Mọi dòng của bảng đều được cộng, kể cả dòng đang ẩn hoặc bị lọc, như dòng Tổng cộng của bảng.')]);
  return rows;
}

/** Column of the head of the unit's signature, right of the preparer's (the figures' columns). */
const SIGNER_COLUMN = 2;

/**
 * Where the report is signed, as Vietnamese statistical forms end (NĐ 30/2020/NĐ-CP Phụ lục I
 * for the place and date line): the preparer on the left, the head of the unit on the right.
 */
function signatureRows(info: ReportInfo): PlanCell[][] {
  const pad = (cells: PlanCell[]) => [...cells.slice(0, 1), ...Array.from({ length: SIGNER_COLUMN - 1 }, empty), ...cells.slice(1)];
  const [y, m, d] = info.reportDate ? info.reportDate.split('-') : [];
  const dated = info.reportDate ? `…, ngày ${d} tháng ${m} năm ${y}` : '…, ngày … tháng … năm …';
  return [
    pad([empty(), note(dated)]),
    pad([label('NGƯỜI LẬP BIỂU'), label('THỦ TRƯỞNG ĐƠN VỊ')]),
    pad([note('(Ký, ghi rõ họ tên)'), note('(Ký, ghi rõ họ tên, đóng dấu)')]),
  ];
}

class SheetLayout {
  readonly blocks: SummaryBlock[] = [];
  private nextRow = 0;
  private sections = 0;

  add(key: string, rows: PlanCell[][]): SummaryBlock {
    const block = { key, row: this.nextRow, rows };
    this.blocks.push(block);
    this.nextRow += rows.length + 1;
    return block;
  }

  /** a numbered section: its heading is the block's first row */
  section(key: string, heading: string, rows: PlanCell[][]): SummaryBlock {
    return this.add(key, [[title(`${ROMAN[this.sections++]}. ${heading}`)], ...rows]);
  }
}

function range(block: SummaryBlock, rowOffset: number, columnOffset: number, rowCount: number, columnCount: number): PlanRange {
  return {
    block: block.key,
    rowOffset,
    columnOffset,
    rowCount,
    columnCount,
    address: rangeAddress(block.row + rowOffset, columnOffset, rowCount, columnCount),
  };
}

function plannedFigures(blocks: readonly SummaryBlock[]): PlannedFigure[] {
  const figures: PlannedFigure[] = [];
  for (const block of blocks) {
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell.formula && cell.key && cell.expected !== undefined) {
          figures.push({
            key: cell.key,
            label: cell.label ?? cell.key,
            formula: cell.formula,
            expected: cell.expected,
            numberFormat: cell.numberFormat ?? 'General',
            address: cellAddress(block.row + r, (block.column ?? 0) + c),
          });
        }
      }),
    );
  }
  return figures;
}

export function summarySheetPlan(summary: Summary, options: SummaryPlanOptions): SummaryPlan {
  const layout = new SheetLayout();
  const charts: ChartSpec[] = [];
  layout.add('header', headerRows(summary.info, options.computedAt));
  if (summary.awards) layout.section('awards', 'THI ĐUA, KHEN THƯỞNG', awardRows(summary.awards));
  if (summary.ratings) layout.section('ratings', 'ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG', ratingRows(summary.ratings));
  if (summary.tthc) {
    const block = layout.section('tthc', 'GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', dossierRows(summary.tthc));
    // heading + header row come first; then DOSSIER_ORDER, where early, onTime, late are adjacent
    const source = range(block, 2 + DOSSIER_ORDER.indexOf('early'), 0, 3, 2);
    charts.push({
      key: 'tthc.resolution',
      type: 'Pie',
      title: 'Kết quả giải quyết hồ sơ: trước hạn, đúng hạn, quá hạn',
      source,
      seriesBy: 'Columns',
      anchor: cellAddress(block.row, CHART_COLUMN),
    });
  }
  if (summary.deadlineCuts) layout.section('deadlineCuts', 'CẮT GIẢM THỜI HẠN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', deadlineCutRows(summary.deadlineCuts));
  if (summary.gcn) {
    const block = layout.section('gcn', 'CẤP GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT', certificateRows(summary.gcn));
    // header row (series names) and the recipient rows; columns: label, target, issued
    const source = range(block, 1, 0, 1 + summary.gcn.byRecipient.length, 3);
    charts.push({
      key: 'gcn.issuedVsTarget',
      type: 'ColumnClustered',
      title: 'Số giấy chứng nhận đã cấp so với chỉ tiêu giao, theo đối tượng',
      source,
      seriesBy: 'Columns',
      anchor: cellAddress(block.row, CHART_COLUMN),
    });
  }
  if (summary.targets) layout.section('targets', 'THỰC HIỆN CHỈ TIÊU, NHIỆM VỤ', targetRows(summary.targets));
  if (summary.units) layout.section('units', 'SỐ LIỆU THEO ĐƠN VỊ BÁO CÁO', unitRows(summary.units));
  if (summary.comparison) layout.section('comparison', `SO SÁNH VỚI NĂM ${summary.comparison.previousYear}`, comparisonRows(summary.comparison));
  const drafts = draftParagraphs(summary);
  layout.add('paragraphs', [
    [title('DỰ THẢO NỘI DUNG BÁO CÁO')],
    // a paragraph longer than a cell holds continues in the cells below, cut between sentences
    ...drafts.flatMap((p) => [[label(p.title)], ...splitCellText(p.text).map((piece) => [paragraph(piece)])]),
  ]);
  layout.add('signature', signatureRows(summary.info));
  if (summary.formulaTexts && summary.formulaTexts.length > 0) {
    layout.blocks.push({
      key: 'formulaTexts',
      row: 0,
      column: FORMULA_TEXT_COLUMN,
      rows: [[note(FORMULA_TEXT_CAPTION)], ...summary.formulaTexts.map((t) => [note(t)])],
    });
  }
  return {
    sheet: SUMMARY_SHEET,
    computedAt: computedAtStamp(options.computedAt),
    columnWidths: COLUMN_WIDTHS,
    blocks: layout.blocks,
    charts,
    figures: plannedFigures(layout.blocks),
    paragraphs: drafts,
  };
}
