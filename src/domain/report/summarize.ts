/** "Tính tổng hợp", summary part: the report's key figures from the tables. */
import { readComputeCatalogues } from '../compute/catalogues';
import type { ComputedWorkbook } from '../compute/types';
import { CAT_GIAM_TTHC, CHI_TIEU, GCN, KHEN_THUONG, TTHC, XEP_LOAI } from '../contract/tables';
import type { WorkbookSnapshot } from '../snapshot';
import { columnSource } from './evaluate';
import { FormulaTextCells } from './formulaTexts';
import { summarizeAwards } from './summarize/awards';
import { summarizeCertificates } from './summarize/certificates';
import type { SummaryContext } from './summarize/context';
import { summarizeDeadlineCuts } from './summarize/deadlineCuts';
import { summarizeDossiers } from './summarize/dossiers';
import { reportInfo } from './summarize/info';
import { summarizeRatings } from './summarize/ratings';
import { summarizeTargets } from './summarize/targets';
import { summarizeUnits } from './summarize/units';
import { summarizeComparison } from './summarize/comparison';
import type { Figure, Summary } from './summaryTypes';

export function summarize(snapshot: WorkbookSnapshot, computed: ComputedWorkbook): Summary {
  const texts = new FormulaTextCells();
  const ctx: SummaryContext = { source: columnSource(snapshot, computed), catalogues: readComputeCatalogues(snapshot), texts };
  const when = <T>(table: string, section: () => T): T | null => (ctx.source.hasTable(table) ? section() : null);
  const info = reportInfo(snapshot);
  const sections: Summary = {
    info,
    awards: when(KHEN_THUONG.name, () => summarizeAwards(ctx)),
    ratings: when(XEP_LOAI.name, () => summarizeRatings(ctx)),
    tthc: when(TTHC.name, () => summarizeDossiers(ctx)),
    deadlineCuts: when(CAT_GIAM_TTHC.name, () => summarizeDeadlineCuts(ctx)),
    gcn: when(GCN.name, () => summarizeCertificates(ctx)),
    targets: when(CHI_TIEU.name, () => summarizeTargets(ctx)),
    units: summarizeUnits(ctx, info.unit),
    comparison: null,
  };
  return { ...sections, comparison: summarizeComparison(snapshot, summaryFigures(sections), info), formulaTexts: texts.texts };
}

/** Every figure of a summary, in report order. */
export function summaryFigures(summary: Summary): Figure[] {
  const figures: Figure[] = [];
  const { awards, ratings, tthc, deadlineCuts, gcn, targets, units, comparison } = summary;
  if (awards) {
    for (const l of awards.lines) figures.push(l.count, l.money);
    for (const r of awards.byRecipient) figures.push(r.count, r.money);
    figures.push(awards.total.count, awards.total.money, awards.paidBy.unit, awards.paidBy.higher);
  }
  if (ratings) {
    for (const g of ratings.groups) figures.push(g.excellent, g.good, g.done, g.notDone, g.total, g.excellentRate);
  }
  if (tthc) figures.push(...Object.values(tthc.figures));
  if (deadlineCuts) {
    const d = deadlineCuts;
    figures.push(d.reviewed, d.procedures, d.legalDays, d.daysAfterCut, d.daysCut, d.cutRate);
  }
  if (gcn) {
    for (const g of [gcn.total, ...gcn.byRecipient, ...gcn.byKind]) {
      figures.push(g.target, g.issued, g.issuedWithTarget, g.parcels, g.area, g.achievement);
    }
  }
  if (targets) {
    figures.push(targets.count, targets.withPlan, targets.completed);
    for (const r of targets.rows) figures.push(r.plan, r.done, r.completion);
  }
  if (units) {
    for (const u of [...units.rows, units.total]) {
      for (const f of [u.awardCount, u.awardMoney, u.received, u.resolved, u.earlyOrOnTimeRate, u.certificatesIssued]) if (f) figures.push(f);
    }
  }
  if (comparison) {
    for (const l of comparison.lines) figures.push(l.previous, l.change, ...(l.changePercent ? [l.changePercent] : []));
  }
  return figures;
}
