/** The rows of each section of "Tổng hợp" (without the section heading). */
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { CHI_TIEU_HEADERS, GCN_HEADERS, XEP_LOAI_HEADERS } from '../../contract/tables';
import { empty, figureCell, header, label } from '../planCells';
import type { PlanCell } from '../planTypes';
import type {
  AwardsSummary,
  ComparisonSummary,
  CertificatesSummary,
  DeadlineCutsSummary,
  DossiersSummary,
  Figure,
  RatingsSummary,
  TargetsSummary,
  UnitFigures,
  UnitsSummary,
} from '../summaryTypes';

export function awardRows(a: AwardsSummary): PlanCell[][] {
  return [
    [header('Danh hiệu / Hình thức'), header('Đối tượng'), header('Số lượng'), header('Thành tiền (đồng)')],
    ...a.lines.map((l) => [
      label(l.signer ? `${l.title} — ${l.signer}` : l.title),
      label(l.recipientType),
      figureCell(l.count),
      figureCell(l.money),
    ]),
    ...a.byRecipient.map((r) => [label('Cộng theo đối tượng'), label(r.recipientType), figureCell(r.count), figureCell(r.money)]),
    [label('Tổng cộng'), empty(), figureCell(a.total.count), figureCell(a.total.money)],
    [label('Trong đó: đơn vị chi trả (quyết định của đơn vị)'), empty(), empty(), figureCell(a.paidBy.unit)],
    [label('Trong đó: cấp trên chi trả (quyết định của cấp trên)'), empty(), empty(), figureCell(a.paidBy.higher)],
  ];
}

export function ratingRows(r: RatingsSummary): PlanCell[][] {
  const H = XEP_LOAI_HEADERS;
  return [
    [H.recipientType, H.excellent, H.good, H.done, H.notDone, H.total, H.excellentRate].map(header),
    ...r.groups.map((g) => [
      label(g.recipientType ?? 'Tổng cộng'),
      ...[g.excellent, g.good, g.done, g.notDone, g.total, g.excellentRate].map(figureCell),
    ]),
  ];
}

/** Label + figure rows; `early`, `onTime`, `late` stay adjacent for the chart. */
export const DOSSIER_ORDER = [
  'received',
  'online',
  'inPerson',
  'carriedOver',
  'resolved',
  'early',
  'onTime',
  'late',
  'pending',
  'pendingWithin',
  'pendingOverdue',
  'returned',
  'difference',
  'onlineRate',
  'earlyRate',
  'onTimeRate',
  'lateRate',
  'earlyOrOnTimeRate',
  'resolvedRate',
] as const;

export function dossierRows(t: DossiersSummary): PlanCell[][] {
  return [
    [header('Chỉ tiêu'), header('Số liệu')],
    ...DOSSIER_ORDER.map((k) => [label(t.figures[k].label), figureCell(t.figures[k])]),
  ];
}

export function deadlineCutRows(d: DeadlineCutsSummary): PlanCell[][] {
  return [
    [header('Chỉ tiêu'), header('Số liệu')],
    ...[d.reviewed, d.procedures, d.legalDays, d.daysAfterCut, d.daysCut, d.cutRate].map((f) => [label(f.label), figureCell(f)]),
  ];
}

/** Header, then recipients (rows 1–2, the chart's categories), kinds, and the total. */
export function certificateRows(g: CertificatesSummary): PlanCell[][] {
  const H = GCN_HEADERS;
  return [
    ['Phân loại', H.target, H.issued, H.parcels, H.area, H.achievement, 'Số GCN đã cấp ở dòng có chỉ tiêu'].map(header),
    ...[...g.byRecipient, ...g.byKind, g.total].map((x) => [
      label(g.byKind.includes(x) ? `Đăng ký ${x.label.toLowerCase()}` : x.label),
      ...[x.target, x.issued, x.parcels, x.area, x.achievement, x.issuedWithTarget].map(figureCell),
    ]),
  ];
}

export function targetRows(t: TargetsSummary): PlanCell[][] {
  const H = CHI_TIEU_HEADERS;
  return [
    [H.target, H.unitOfMeasure, H.plan, H.done, H.completion].map(header),
    ...t.rows.map((r) => [label(r.name), label(r.unitOfMeasure), figureCell(r.plan), figureCell(r.done), figureCell(r.completion)]),
    ...[t.count, t.withPlan, t.completed].map((f) => [label(f.label), { ...figureCell(f), numberFormat: F.integer }]),
  ];
}

/** One row per unit and the total; columns only for the tables that say where rows come from. */
export function unitRows(u: UnitsSummary): PlanCell[][] {
  const columns: [string, (f: UnitFigures) => Figure | null][] = [];
  const add = (title: string, pick: (f: UnitFigures) => Figure | null) => {
    if (pick(u.total) !== null) columns.push([title, pick]);
  };
  add('Khen thưởng (số lượng)', (f) => f.awardCount);
  add('Tiền thưởng (đồng)', (f) => f.awardMoney);
  add('Hồ sơ TTHC tiếp nhận', (f) => f.received);
  add('Hồ sơ đã giải quyết', (f) => f.resolved);
  add('Tỷ lệ trước và đúng hạn', (f) => f.earlyOrOnTimeRate);
  add('GCN đã cấp', (f) => f.certificatesIssued);
  return [
    [header('Đơn vị báo cáo'), ...columns.map(([title]) => header(title))],
    ...[...u.rows, u.total].map((f) => [label(f.label), ...columns.map(([, pick]) => figureCell(pick(f)!))]),
  ];
}

/** This year beside last year; the change in % for counts, in percentage points for rates. */
export function comparisonRows(c: ComparisonSummary): PlanCell[][] {
  return [
    [header('Chỉ tiêu'), header(`Năm ${c.year}`), header(`Năm ${c.previousYear}`), header('Tăng (+) / giảm (−)'), header('Tăng/giảm (%)')],
    ...c.lines.map((l) => [
      label(l.current.label),
      figureCell({ ...l.current, key: `comparison.${l.key}.current` }),
      figureCell(l.previous),
      figureCell(l.change),
      l.changePercent ? figureCell(l.changePercent) : empty(),
    ]),
  ];
}
