import { Button, Caption1, MessageBar, MessageBarBody, Tab, TabList, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { CheckOutcome } from '../../excel/check';
import type { Finding } from '../../domain/validation/finding';
import type { Strings } from '../i18n';
import { findingText, ruleSetBasis } from '../findingText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toolbar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  finding: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    font: 'inherit',
    color: 'inherit',
    backgroundColor: 'transparent',
    border: 'none',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  static: { cursor: 'default', ':hover': { backgroundColor: 'transparent' } },
  current: { backgroundColor: tokens.colorNeutralBackground1Selected },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  where: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  severityError: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  severityWarning: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  message: { display: 'block', fontSize: tokens.fontSizeBase300, margin: '2px 0' },
  note: { display: 'block', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

type Filter = 'all' | 'error' | 'warning';

/** Errors before warnings; within a severity the order the checks gave (sheet, then row). */
export function errorsFirst(findings: readonly Finding[]): Finding[] {
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity !== 'error')];
}

/**
 * The findings, errors first, each one a button that selects its cell; filter tabs carry
 * the counts, and "next error" walks the errors one click at a time.
 */
export function FindingsView({
  outcome,
  strings,
  onSelect,
}: {
  outcome: Pick<CheckOutcome, 'findings' | 'counts' | 'ruleSet' | 'wroteCheckSheet'>;
  strings: Strings;
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const [current, setCurrent] = useState<Finding | null>(null);
  const items = useRef(new Map<Finding, HTMLElement>());
  const ordered = useMemo(() => errorsFirst(outcome.findings), [outcome.findings]);
  const shown = ordered.filter((f) => filter === 'all' || f.severity === filter);
  const errors = ordered.filter((f) => f.severity === 'error' && f.cell);
  const { error, warning } = outcome.counts;

  function choose(finding: Finding): void {
    setCurrent(finding);
    onSelect(finding);
  }

  function nextError(): void {
    const index = current ? errors.indexOf(current) : -1;
    const next = errors[(index + 1) % errors.length];
    if (filter === 'warning') setFilter('all');
    choose(next);
    // The list may be long: keep the chosen finding in view in the pane as well.
    requestAnimationFrame(() => items.current.get(next)?.scrollIntoView({ block: 'nearest' }));
  }

  const currentErrorIndex = current ? errors.indexOf(current) : -1;

  return (
    <section className={styles.root} data-testid="findings" aria-label={strings.findingsTitle}>
      {outcome.wroteCheckSheet ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.noCheckSheet}</MessageBarBody>
        </MessageBar>
      )}
      {ordered.length > 0 ? (
        <>
          <div className={styles.toolbar}>
            <TabList selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as Filter)} size="small">
              <Tab value="all">{`${strings.filterAll} (${ordered.length})`}</Tab>
              <Tab value="error" data-testid="count-error">{`${strings.filterErrors} (${error})`}</Tab>
              <Tab value="warning" data-testid="count-warning">{`${strings.filterWarnings} (${warning})`}</Tab>
            </TabList>
            {errors.length > 0 ? (
              <Button size="small" onClick={nextError} data-testid="next-error">
                {currentErrorIndex >= 0 ? strings.nextErrorOf(((currentErrorIndex + 1) % errors.length) + 1, errors.length) : strings.nextError}
              </Button>
            ) : null}
          </div>
          <ul className={styles.list}>
            {shown.map((f, i) => {
              const t = findingText(f, strings.lang);
              const className = mergeClasses(
                styles.finding,
                f.severity === 'error' ? styles.error : styles.warning,
                f === current && styles.current,
                !f.cell && styles.static,
              );
              const body = (
                <>
                  <span className={styles.where}>
                    <span className={f.severity === 'error' ? styles.severityError : styles.severityWarning}>{strings.severity[f.severity]}</span>
                    {f.sheet ? ` · ${f.cell ? strings.findingAt(f.sheet, f.cell) : f.sheet}` : null}
                    {t.column ? ` · ${t.column}` : null}
                  </span>
                  <span className={styles.message}>{t.message}</span>
                  {t.suggestion ? (
                    <span className={styles.note}>
                      {strings.suggestion}: {t.suggestion}
                    </span>
                  ) : null}
                  {t.basis ? (
                    <span className={styles.note}>
                      <i>
                        {strings.basis}: {t.basis}
                      </i>
                    </span>
                  ) : null}
                </>
              );
              return (
                <li key={`${f.sheet}-${f.cell}-${f.rule}-${i}`} data-testid="finding" data-severity={f.severity}>
                  {f.sheet && f.cell ? (
                    <button
                      type="button"
                      className={className}
                      onClick={() => choose(f)}
                      aria-current={f === current ? 'true' : undefined}
                      title={strings.goToCell(f.sheet, f.cell)}
                      ref={(el) => {
                        if (el) items.current.set(f, el);
                        else items.current.delete(f);
                      }}
                    >
                      {body}
                    </button>
                  ) : (
                    <div className={className}>{body}</div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <Caption1 as="p" style={{ margin: 0 }}>
        {strings.ruleSet(outcome.ruleSet.id, ruleSetBasis(outcome.ruleSet.id, outcome.ruleSet.basis, strings.lang))} ({strings.ruleSetSource[outcome.ruleSet.source]})
      </Caption1>
    </section>
  );
}
