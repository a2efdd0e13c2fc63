/** GCN by recipient, by registration kind and in all; achievement counts rows with a target. */
import { NUMBER_FORMAT as F } from '../../contract/formats';
import { GCN, GCN_HEADERS as H, GCN_KINDS, GCN_RECIPIENTS } from '../../contract/tables';
import { type ColumnCriterion, equalsText, ratio, sumIfs } from '../expression';
import type { CertificateGroup, CertificatesSummary } from '../summaryTypes';
import { makeFigure, rowsWithInput, type SummaryContext } from './context';

const T = GCN.name;

export const GCN_SLUG: Readonly<Record<string, string>> = {
  'Tổ chức': 'organisations',
  'Hộ gia đình, cá nhân': 'households',
  'Lần đầu': 'firstRegistration',
  'Biến động': 'changes',
};

function group(ctx: SummaryContext, slug: string, label: string, criteria: readonly ColumnCriterion[]): CertificateGroup {
  const key = `gcn.${slug}`;
  const withTarget = [...criteria, { header: H.target, criterion: '>0' }];
  const figure = (name: string, header: string, format: string) =>
    makeFigure(ctx, `${key}.${name}`, `${label} — ${header}`, sumIfs(T, header, criteria), format);
  return {
    slug,
    label,
    target: figure('target', H.target, F.integer),
    issued: figure('issued', H.issued, F.integer),
    issuedWithTarget: makeFigure(
      ctx,
      `${key}.issuedWithTarget`,
      `${label} — ${H.issued} (các dòng có chỉ tiêu)`,
      sumIfs(T, H.issued, withTarget),
      F.integer,
    ),
    parcels: figure('parcels', H.parcels, F.integer),
    area: figure('area', H.area, F.decimal),
    achievement: makeFigure(
      ctx,
      `${key}.achievement`,
      `${label} — ${H.achievement}`,
      ratio(sumIfs(T, H.issued, withTarget), sumIfs(T, H.target, criteria)),
      F.rate,
    ),
  };
}

function byValues(ctx: SummaryContext, header: string, values: readonly string[]): CertificateGroup[] {
  return values.map((v) => group(ctx, GCN_SLUG[v], v, [equalsText(header, v)]));
}

export function summarizeCertificates(ctx: SummaryContext): CertificatesSummary {
  return {
    hasData: rowsWithInput(ctx, GCN).length > 0,
    total: group(ctx, 'total', 'Tổng cộng', []),
    byRecipient: byValues(ctx, H.recipient, GCN_RECIPIENTS),
    byKind: byValues(ctx, H.kind, GCN_KINDS),
  };
}
