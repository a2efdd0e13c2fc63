/**
 * Draft paragraphs of the report in official Vietnamese style, one per section, from the
 * summary's figures. A section whose table is absent is omitted; an empty table says
 * "Không có số liệu."; an empty denominator drops the percentage rather than print 0,00%.
 */
import { awardsParagraph } from './paragraphs/awards';
import { certificatesParagraph } from './paragraphs/certificates';
import type { Paragraph } from './paragraphs/common';
import { deadlineCutsParagraph } from './paragraphs/deadlineCuts';
import { dossiersParagraph } from './paragraphs/dossiers';
import { generalParagraph } from './paragraphs/general';
import { ratingsParagraph } from './paragraphs/ratings';
import { targetsParagraph } from './paragraphs/targets';
import { unitsParagraph } from './paragraphs/units';
import { comparisonParagraph } from './paragraphs/comparison';
import type { Summary } from './summaryTypes';

export type { Paragraph } from './paragraphs/common';

export function draftParagraphs(summary: Summary): Paragraph[] {
  const paragraphs: Paragraph[] = [generalParagraph(summary.info)];
  if (summary.awards) paragraphs.push(awardsParagraph(summary.awards));
  if (summary.ratings) paragraphs.push(ratingsParagraph(summary.ratings));
  if (summary.tthc) paragraphs.push(dossiersParagraph(summary.tthc));
  if (summary.deadlineCuts) paragraphs.push(deadlineCutsParagraph(summary.deadlineCuts));
  if (summary.gcn) paragraphs.push(certificatesParagraph(summary.gcn));
  if (summary.targets) paragraphs.push(targetsParagraph(summary.targets));
  if (summary.units) paragraphs.push(unitsParagraph(summary.units));
  if (summary.comparison) paragraphs.push(comparisonParagraph(summary.comparison));
  return paragraphs;
}
