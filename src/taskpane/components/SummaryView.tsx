import {
  Button,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { isExcelError, type ComputedValue } from '../../domain/compute/values';
import { figureTitle, formatCount, formatNumber, formatPercent, summaryFigures, type Figure } from '../../domain/report';
import type { ComputeOutcome } from '../../excel/compute';
import { countFindings, type Finding } from '../../domain/validation/finding';
import { FindingsView } from './FindingsView';
import type { Language, Strings } from '../i18n';
import { figureLabel, textIn } from '../findingText';

/** The figures a clerk looks at first; the sheet has them all. */
const KEY_FIGURES = [
  'tthc.received',
  'tthc.online',
  'tthc.onlineRate',
  'tthc.resolved',
  'tthc.earlyRate',
  'tthc.onTimeRate',
  'tthc.lateRate',
  'tthc.pending',
  'awards.total.count',
  'awards.total.money',
  'ratings.all.excellentRate',
  'deadlineCuts.cutRate',
  'gcn.total.issued',
  'gcn.total.achievement',
  'targets.completed',
];

const useStyles = makeStyles({
  figures: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: tokens.spacingHorizontalM, rowGap: '2px' },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  paragraph: { whiteSpace: 'pre-wrap', marginBottom: tokens.spacingVerticalS },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  title: { margin: 0 },
});

/** Compute's findings as the pane lists them: Excel's disagreements first, then the check's. */
export function summaryFindings(outcome: ComputeOutcome) {
  const { plan } = outcome;
  const findings = [...outcome.mismatches, ...plan.validation.findings];
  return { ...plan.validation, findings, counts: countFindings(findings), wroteCheckSheet: plan.checkRowsAfter !== null };
}

/** The pane's figures: Vietnamese separators (12.480; 67,83%), or English ones (12,480; 67.83%). */
export function displayValue(value: ComputedValue, numberFormat: string, lang: Language = 'vi'): string {
  if (value === '' || value === null) return '—';
  if (isExcelError(value)) return value.error;
  if (typeof value !== 'number') return String(value);
  if (lang !== 'vi') {
    const percent = numberFormat.includes('%');
    const text = (percent ? value * 100 : value).toLocaleString('en-US', { maximumFractionDigits: numberFormat === '#,##0' ? 0 : 2 });
    return percent ? `${text}%` : text;
  }
  if (numberFormat.includes('%')) return formatPercent(value);
  if (numberFormat === '#,##0') return formatCount(value);
  return formatNumber(value);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Some Office hosts deny the async clipboard: fall back to a selected text area.
    const area = document.createElement('textarea');
    area.value = text;
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

export function SummaryView({
  outcome,
  strings,
  onSelect,
}: {
  outcome: ComputeOutcome;
  strings: Strings;
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { plan } = outcome;
  const byKey = new Map<string, Figure>(summaryFigures(plan.summary).map((f) => [f.key, f]));
  const figures = KEY_FIGURES.map((k) => byKey.get(k)).filter((f): f is Figure => !!f);
  const text = plan.paragraphs.map((p) => `${p.title}\n${p.text}`).join('\n\n');
  const check = summaryFindings(outcome);

  return (
    <div data-testid="summary" className={styles.root}>
      {check.findings.length > 0 ? <FindingsView outcome={check} strings={strings} onSelect={onSelect} /> : null}
      {plan.restored.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="restored">
          <MessageBarBody>
            {strings.restoredCells(plan.restored.length)}
            <ul>
              {plan.restored.slice(0, 50).map((r) => (
                <li key={`${r.sheet}!${r.cell}`}>{strings.restoredCell(r.sheet, r.cell, String(r.typed))}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {plan.totalsSkipped.length + plan.conflicts.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <ul>
              {[...plan.totalsSkipped, ...plan.conflicts].map((c) => (
                <li key={c.message}>{textIn(strings.lang, c.message, c.text)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Subtitle2 as="h2" className={styles.title}>
        {strings.keyFigures}
      </Subtitle2>
      {figures.length === 0 ? (
        <Text as="p">{strings.noFigures}</Text>
      ) : (
        <div className={styles.figures} data-testid="key-figures">
          {figures.map((f) => (
            <div key={f.key} style={{ display: 'contents' }}>
              <Text size={200}>{figureLabel(strings.lang, f.key, figureTitle(f))}</Text>
              <Text size={200} weight="semibold" className={styles.value}>
                {displayValue(f.value, f.numberFormat, strings.lang)}
              </Text>
            </div>
          ))}
        </div>
      )}
      <div className={styles.heading}>
        <Subtitle2 as="h2" className={styles.title}>
          {strings.draftText}
        </Subtitle2>
        <Button
          size="small"
          onClick={() => {
            copyText(text).then((ok) => setCopyState(ok ? 'copied' : 'failed'));
          }}
        >
          {copyState === 'copied' ? strings.copied : strings.copy}
        </Button>
      </div>
      {copyState === 'failed' ? (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.copyFailed}</MessageBarBody>
        </MessageBar>
      ) : null}
      {strings.lang === 'vi' ? null : <Text size={200}>{strings.draftTextNote}</Text>}
      {/* The draft paragraphs are the report's own text, written on the sheet in Vietnamese. */}
      <div data-testid="paragraphs" lang="vi">
        {plan.paragraphs.map((p) => (
          <div key={p.key}>
            <Text weight="semibold" as="p" block>
              {p.title}
            </Text>
            <Text as="p" block className={styles.paragraph}>
              {p.text}
            </Text>
          </div>
        ))}
      </div>
    </div>
  );
}
