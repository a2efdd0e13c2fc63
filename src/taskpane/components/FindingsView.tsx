import {
  Badge,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckOutcome } from '../../excel/check';
import type { Finding } from '../../domain/validation/finding';
import type { Strings } from '../i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

type Filter = 'all' | 'error' | 'warning';

/** Findings grouped by sheet; clicking one selects its cell in the workbook. */
export function FindingsView({
  outcome,
  strings,
  onSelect,
}: {
  outcome: CheckOutcome;
  strings: Strings;
  onSelect: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const [filter, setFilter] = useState<Filter>('all');
  const groups = useMemo(() => {
    const shown = outcome.findings.filter((f) => filter === 'all' || f.severity === filter);
    const bySheet = new Map<string, Finding[]>();
    for (const f of shown) bySheet.set(f.sheet, [...(bySheet.get(f.sheet) ?? []), f]);
    return [...bySheet.entries()];
  }, [outcome.findings, filter]);
  const { error, warning } = outcome.counts;

  return (
    <div data-testid="findings">
      <div className={styles.counts}>
        <Badge color="danger" appearance={error > 0 ? 'filled' : 'outline'} data-testid="count-error">
          {error} {strings.filterErrors.toLowerCase()}
        </Badge>
        <Badge color="warning" appearance={warning > 0 ? 'filled' : 'outline'} data-testid="count-warning">
          {warning} {strings.filterWarnings.toLowerCase()}
        </Badge>
      </div>
      <Caption1 as="p">
        {strings.ruleSet(outcome.ruleSet.id, outcome.ruleSet.basis)} ({strings.ruleSetSource[outcome.ruleSet.source]})
      </Caption1>
      {outcome.wroteCheckSheet ? null : (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.noCheckSheet}</MessageBarBody>
        </MessageBar>
      )}
      {outcome.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{strings.checkClean}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <TabList selectedValue={filter} onTabSelect={(_, d) => setFilter(d.value as Filter)} size="small">
            <Tab value="all">{strings.filterAll}</Tab>
            <Tab value="error">{strings.filterErrors}</Tab>
            <Tab value="warning">{strings.filterWarnings}</Tab>
          </TabList>
          {groups.map(([sheet, findings]) => (
            <section key={sheet}>
              <Subtitle2 as="h3">
                {sheet} ({findings.length})
              </Subtitle2>
              <ul className={styles.list}>
                {findings.map((f, i) => (
                  <li key={`${f.cell}-${f.rule}-${i}`} className={`${styles.item} ${f.severity === 'error' ? styles.error : styles.warning}`} data-testid="finding">
                    {f.sheet && f.cell ? (
                      <Link as="button" onClick={() => onSelect(f)} aria-label={strings.goToCell(f.sheet, f.cell)}>
                        {f.cell}
                      </Link>
                    ) : null}{' '}
                    <Text weight="semibold">{strings.severity[f.severity]}</Text>
                    {f.column ? <Caption1> · {f.column}</Caption1> : null}
                    <Text as="p" block size={200} style={{ margin: '2px 0' }}>
                      {f.message}
                    </Text>
                    {f.suggestion ? (
                      <Caption1 as="p" block style={{ margin: '2px 0' }}>
                        {strings.suggestion}: {f.suggestion}
                      </Caption1>
                    ) : null}
                    {f.basis ? (
                      <Caption1 as="p" block italic style={{ margin: '2px 0' }}>
                        {strings.basis}: {f.basis}
                      </Caption1>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
