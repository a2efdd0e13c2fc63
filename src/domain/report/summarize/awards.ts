/**
 * Awards by catalogue entry × signer × recipient type (Σ Số lượng, Σ Thành tiền), by recipient
 * type, in all, and the money by who pays. Lines are counted on the helper columns
 * "Danh hiệu / Người ký theo danh mục", so "Bằng khen của Chủ tịch UBND tỉnh" and "Bằng khen
 * của bộ, ban, ngành, tỉnh" are one line in Excel as in the domain.
 */
import { AWARD_CATALOGUE_HEADERS as A } from '../../compute/catalogues';
import { foldCase } from '../../compute/coercion';
import { matchExact } from '../../compute/functions';
import { isExcelError, type ExcelValue } from '../../compute/values';
import { DM_CAP_QUYET_DINH, PAID_BY_UNIT } from '../../contract/catalogues';
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { FORMULA_CATALOGUE as FC, KHEN_THUONG, KHEN_THUONG_HEADERS as H, RECIPIENT_TYPES } from '../../contract/tables';
import { add, type ColumnCriterion, equalsText, type Expression, subtract, sum, sumIfs } from '../expression';
import type { AwardLine, AwardsSummary } from '../summaryTypes';
import { makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = KHEN_THUONG.name;
const PAID_HEADER = 'Đơn vị báo cáo chi trả';

export const RECIPIENT_SLUG: Readonly<Record<string, string>> = {
  'Tập thể': 'collective',
  'Cá nhân': 'individual',
  'Hộ gia đình': 'household',
};

function countAndMoney(ctx: SummaryContext, key: string, label: string, criteria: readonly ColumnCriterion[]) {
  return figures(ctx, key, label, (header) => sumIfs(T, header, criteria));
}

function figures(ctx: SummaryContext, key: string, label: string, of: (header: string) => Expression) {
  return {
    count: makeFigure(ctx, `${key}.count`, `${label} — số lượng`, of(H.quantity), F.integer),
    money: makeFigure(ctx, `${key}.money`, `${label} — thành tiền (đồng)`, of(H.amount), F.money),
  };
}

interface LineKey {
  title: string;
  inCatalogue: boolean;
  signer: string | null;
  recipientType: string;
  firstRow: number;
}

const text = (v: ExcelValue | undefined): string => (typeof v === 'string' ? v : '');

/** Distinct (entry or typed title, signer, recipient type) as SUMIFS tells them apart: case-insensitively. */
function distinctLines(ctx: SummaryContext): LineKey[] {
  const titles = ctx.source.column(T, H.award);
  const entries = ctx.source.column(T, H.awardEntry);
  const signers = ctx.source.column(T, H.signerEntry);
  const recipients = ctx.source.column(T, H.recipientType);
  const seen = new Map<string, LineKey>();
  titles.forEach((typed, i) => {
    const entry = text(entries[i]);
    const title = entry !== '' ? entry : text(typed);
    const who = text(recipients[i]);
    if (title === '' || who === '') return;
    const signer = entry !== '' && text(signers[i]) !== '' ? text(signers[i]) : null;
    const key = [entry !== '' ? 'e' : 't', foldCase(title), foldCase(signer ?? ''), foldCase(who)].join('\u0000');
    if (!seen.has(key)) seen.set(key, { title, inCatalogue: entry !== '', signer, recipientType: who, firstRow: i });
  });
  return [...seen.values()];
}

/** Does the reporting unit pay for this signer's decisions (the workbook's DM_CapQuyetDinh, else the default)? */
function paidByUnit(ctx: SummaryContext, signer: string): boolean {
  const names = ctx.catalogues.signers.column(FC.signerName);
  const at = matchExact(signer, names);
  const typed = isExcelError(at) ? undefined : ctx.catalogues.signers.column(PAID_HEADER)[at - 1];
  const fallback = DM_CAP_QUYET_DINH.rows.find((r) => foldCase(String(r.name)) === foldCase(signer))?.paidByUnit;
  const flag = typed === null || typed === undefined ? fallback : typed;
  return typeof flag === 'string' && foldCase(flag.trim()) === foldCase(PAID_BY_UNIT);
}

export function summarizeAwards(ctx: SummaryContext): AwardsSummary {
  const catalogueNames = ctx.catalogues.awards.column(A.name);
  const catalogueGroups = ctx.catalogues.awards.column(A.group);
  const position = (l: LineKey): number => {
    if (!l.inCatalogue) return Infinity;
    const at = matchExact(l.title, catalogueNames);
    return isExcelError(at) ? Infinity : at;
  };
  const recipientOrder = (who: string): number => {
    const at = RECIPIENT_TYPES.findIndex((r) => foldCase(r) === foldCase(who));
    return at < 0 ? RECIPIENT_TYPES.length : at;
  };
  const keys = distinctLines(ctx);
  const firstRowOf = new Map<string, number>();
  const groupKey = (l: LineKey) => `${foldCase(l.title)}\u0000${foldCase(l.signer ?? '')}`;
  for (const l of keys) firstRowOf.set(groupKey(l), Math.min(firstRowOf.get(groupKey(l)) ?? Infinity, l.firstRow));
  // Catalogue order, then first appearance; each (title, signer)'s recipient types together.
  const lines = keys
    .map((l) => ({ ...l, position: position(l), groupRow: firstRowOf.get(groupKey(l)) ?? 0 }))
    .sort((a, b) => a.position - b.position || a.groupRow - b.groupRow || recipientOrder(a.recipientType) - recipientOrder(b.recipientType));

  // A criterion "" on a formula's "" is read differently by the engines: rows of an entry
  // without a known signer are its total less its signed lines, or the whole entry when no
  // row of it names a signer.
  const entryCriteria = (l: LineKey): ColumnCriterion[] => [
    equalsText(H.awardEntry, l.title),
    equalsText(H.recipientType, l.recipientType),
  ];
  const signedOf = (l: LineKey) =>
    lines.filter((o) => o.inCatalogue && o.signer !== null && foldCase(o.title) === foldCase(l.title) && foldCase(o.recipientType) === foldCase(l.recipientType));
  const awardLines: AwardLine[] = lines.map((l) => {
    const group = Number.isFinite(l.position) ? catalogueGroups[l.position - 1] : null;
    const slug = RECIPIENT_SLUG[l.recipientType] ?? l.recipientType;
    const signerLabel = l.signer ? ` — ${l.signer}` : '';
    const key = `awards.line.${l.title}${l.signer ? `.${l.signer}` : ''}.${slug}`;
    const label = `${l.title}${signerLabel} (${l.recipientType})`;
    let of: (header: string) => Expression;
    if (!l.inCatalogue) {
      // typed names nothing resolves: the helper is "" there, so the typed text alone tells them apart from entries
      of = (header) => subtract(sumIfs(T, header, [equalsText(H.award, l.title), equalsText(H.recipientType, l.recipientType)]),
        sumIfs(T, header, [equalsText(H.award, l.title), { header: H.awardEntry, criterion: '?*' }, equalsText(H.recipientType, l.recipientType)]));
    } else if (l.signer !== null) {
      of = (header) => sumIfs(T, header, [...entryCriteria(l), equalsText(H.signerEntry, l.signer ?? '')]);
    } else {
      const signed = signedOf(l);
      of = (header) =>
        signed.length === 0
          ? sumIfs(T, header, entryCriteria(l))
          : subtract(sumIfs(T, header, entryCriteria(l)), add(...signed.map((o) => sumIfs(T, header, [...entryCriteria(o), equalsText(H.signerEntry, o.signer ?? '')]))));
    }
    return {
      title: l.title,
      inCatalogue: l.inCatalogue,
      signer: l.signer,
      recipientType: l.recipientType,
      group: typeof group === 'string' && group !== '' ? group : null,
      ...figures(ctx, key, label, of),
    };
  });

  // Who pays: every signer the table names, sorted by whether the reporting unit pays.
  const signerNames = new Map<string, string>();
  for (const v of ctx.source.column(T, H.signerEntry)) if (text(v) !== '' && !signerNames.has(foldCase(text(v)))) signerNames.set(foldCase(text(v)), text(v));
  const own = [...signerNames.values()].filter((s) => paidByUnit(ctx, s));
  const higher = [...signerNames.values()].filter((s) => !paidByUnit(ctx, s));
  // With no such signer in the table, the catalogue's own ones keep the formula a plain 0.
  const fallback = (paid: boolean) => DM_CAP_QUYET_DINH.rows.filter((r) => (r.paidByUnit === PAID_BY_UNIT) === paid).map((r) => String(r.name));
  const moneyOf = (signers: readonly string[], paid: boolean) =>
    add(...(signers.length > 0 ? signers : fallback(paid)).map((s) => sumIfs(T, H.amount, [equalsText(H.signerEntry, s)])));

  const units = ctx.source.column(T, H.unitAmount);
  const titles = ctx.source.column(T, H.award);
  const quantities = ctx.source.column(T, H.quantity);
  const countWithoutAmount = titles.reduce<number>((n, t, i) => {
    const q = quantities[i];
    return t !== null && t !== '' && units[i] === '' ? n + (typeof q === 'number' ? q : 0) : n;
  }, 0);

  return {
    hasData: rowsWithInput(ctx, KHEN_THUONG).length > 0,
    lines: awardLines,
    byRecipient: RECIPIENT_TYPES.map((r) => ({
      recipientType: r,
      ...countAndMoney(ctx, `awards.recipient.${RECIPIENT_SLUG[r]}`, r, [equalsText(H.recipientType, r)]),
    })),
    total: {
      count: makeFigure(ctx, 'awards.total.count', 'Tổng số lượng', sum(T, H.quantity), F.integer),
      money: makeFigure(ctx, 'awards.total.money', 'Tổng số tiền thưởng (đồng)', sum(T, H.amount), F.money),
    },
    paidBy: {
      unit: makeFigure(ctx, 'awards.paidBy.unit', 'Tiền thưởng do đơn vị chi trả (đồng)', moneyOf(own, true), F.money),
      higher: makeFigure(ctx, 'awards.paidBy.higher', 'Tiền thưởng do cấp trên chi trả (đồng)', moneyOf(higher, false), F.money),
    },
    countWithoutAmount,
  };
}
