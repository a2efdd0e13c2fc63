import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { DATA_TABLES } from '../../domain/contract/tables';
import type { UnitMergeSummary, UnitReport } from '../../domain/merge';
import { isoToVietnamese } from '../../domain/util/dates';
import type { ExcelFailure } from '../../excel/errors';
import type { MergeUnitsOutcome } from '../../excel/merge';
import { ErrorBox } from '../components/ErrorBox';
import { useReveal } from '../components/useReveal';
import type { WorkbookGateway } from '../gateway';
import type { Strings } from '../i18n';
import { messageText, workbookName } from '../findingText';
import type { Language } from '../i18n';
import type { Msg } from '../../domain/messages';
import { consolidateStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    width: '100%',
    '& th, & td': { textAlign: 'left', verticalAlign: 'top', padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    '& td.n, & th.n': { textAlign: 'right' },
  },
  detail: { display: 'block', color: tokens.colorNeutralForeground3 },
});

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'refused'; reasons: Msg[] }
  | { kind: 'done'; outcome: Extract<MergeUnitsOutcome, { ok: true }> }
  | { kind: 'failure'; failure: ExcelFailure };

function total(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** "TTHC 2, Khen thưởng 1": rows by sheet, the words a clerk sees on the tabs (quoted in English). */
function bySheet(counts: Readonly<Record<string, number>>, lang: Language): string {
  return DATA_TABLES.filter((t) => (counts[t.name] ?? 0) > 0)
    .map((t) => `${workbookName(lang, t.sheet)} ${counts[t.name]}`)
    .join(', ');
}

/**
 * "Gộp sổ đơn vị": the clerk chooses the units' workbooks; each is read here, in the pane
 * (nothing leaves the machine), then all are merged by the command line's rules — every file
 * checked before anything is written — and the summary recomputed.
 */
export function MergeUnits({ gateway, strings }: { gateway: WorkbookGateway; strings: Strings }) {
  const styles = useStyles();
  const t = consolidateStrings(strings.lang).merge;
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const result = useReveal<HTMLDivElement>(state.kind === 'idle' || state.kind === 'busy' ? null : state.kind);

  async function merge(files: readonly File[]): Promise<void> {
    try {
      const units: UnitReport[] = [];
      const problems: Msg[] = [];
      for (const [i, file] of files.entries()) {
        setState({ kind: 'busy', text: t.reading(i + 1, files.length, file.name) });
        const read = await gateway.readUnitWorkbook(file.name, await file.arrayBuffer());
        if (read.ok) units.push(read.unit);
        else problems.push(read.problem);
      }
      // All or nothing: one unreadable file and nothing is written.
      if (problems.length > 0) {
        setState({ kind: 'refused', reasons: problems });
        return;
      }
      setState({ kind: 'busy', text: t.merging(units.length) });
      const outcome = await gateway.mergeUnits(units, () => undefined);
      setState(outcome.ok ? { kind: 'done', outcome } : { kind: 'refused', reasons: outcome.refusals });
    } catch (error) {
      setState({ kind: 'failure', failure: gateway.describeFailure(error) });
    }
  }

  return (
    <section className={styles.root} data-testid="merge-units">
      <input
        ref={input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="merge-files"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) void merge(files);
        }}
      />
      <Button disabled={state.kind === 'busy'} onClick={() => input.current?.click()}>
        {t.choose}
      </Button>
      <Caption1 className={styles.hint}>{t.chooseHint}</Caption1>
      {state.kind === 'busy' ? <Spinner size="small" label={state.text} data-testid="merge-progress" /> : null}
      <div ref={result} className={styles.root}>
        {state.kind === 'refused' ? (
          <MessageBar intent="error" layout="multiline" data-testid="merge-refused">
            <MessageBarBody>
              <MessageBarTitle>{t.refused}</MessageBarTitle>
              <ul className={styles.list}>
                {state.reasons.map((r, i) => (
                  <li key={i}>{messageText(strings.lang, r)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {state.kind === 'failure' ? <ErrorBox failure={state.failure} strings={strings} /> : null}
        {state.kind === 'done' ? <Done outcome={state.outcome} /> : null}
      </div>
    </section>
  );

  function UnitRow({ unit }: { unit: UnitMergeSummary }) {
    const { error, warning } = unit.check.counts;
    return (
      <tr>
        <td>
          {workbookName(strings.lang, unit.unit)}
          <Caption1 className={styles.detail}>
            "{unit.file}"{bySheet(unit.added, strings.lang) ? ` · ${t.perTable(bySheet(unit.added, strings.lang))}` : ''}
          </Caption1>
          {error + warning > 0 ? <Caption1 className={styles.detail}>{t.unitFindings(error, warning)}</Caption1> : null}
          {unit.catalogueWarnings.length > 0 ? (
            <>
              <Caption1 className={styles.detail}>{t.catalogue}</Caption1>
              <ul className={styles.list}>
                {unit.catalogueWarnings.map((w, i) => (
                  <li key={i}>
                    <Caption1>{messageText(strings.lang, w)}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </td>
        <td className="n">{total(unit.added)}</td>
        <td className="n">{total(unit.replaced)}</td>
      </tr>
    );
  }

  function Done({ outcome }: { outcome: Extract<MergeUnitsOutcome, { ok: true }> }) {
    const { plan, compute } = outcome;
    const { error, warning } = compute.plan.validation.counts;
    const intent = error > 0 ? 'warning' : 'success';
    return (
      <MessageBar intent={intent} layout="multiline" data-testid="merge-done" data-intent={intent}>
        <MessageBarBody>
          <MessageBarTitle>{t.doneTitle(plan.units.length, isoToVietnamese(plan.period.from), isoToVietnamese(plan.period.to))}</MessageBarTitle>
          <table className={styles.table} data-testid="merge-summary">
            <thead>
              <tr>
                <th scope="col">{t.unit}</th>
                <th scope="col" className="n">
                  {t.added}
                </th>
                <th scope="col" className="n">
                  {t.replaced}
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.units.map((unit) => (
                <UnitRow key={unit.unit} unit={unit} />
              ))}
            </tbody>
          </table>
          <Caption1 className={styles.detail}>{t.sources}</Caption1>
          <Caption1 className={styles.detail}>{t.computed(error, warning)}</Caption1>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
