import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ExportPreview, ExportReading } from '../../domain/import/bieu06';
import { countFindings, type Finding } from '../../domain/validation/finding';
import type { ImportOutcome, ImportPreview } from '../../excel/importTthc';
import type { ExcelFailure } from '../../excel/errors';
import { ErrorBox } from '../components/ErrorBox';
import { useReveal } from '../components/useReveal';
import type { WorkbookGateway } from '../gateway';
import type { Strings } from '../i18n';
import { findingText, messageText } from '../findingText';
import type { Language } from '../i18n';
import type { Msg } from '../../domain/messages';
import { importStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  mapping: { '& summary': { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS } },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, '& th, & td': { textAlign: 'left', verticalAlign: 'top', padding: '2px 4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
});

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'unreadable'; problems: Msg[] }
  | { kind: 'preview'; preview: Extract<ExportPreview, { ok: true }>; plan: ImportPreview }
  | { kind: 'done'; reading: ExportReading; outcome: ImportOutcome }
  | { kind: 'failure'; failure: ExcelFailure };

function FindingList({ findings, className, lang }: { findings: readonly Finding[]; className: string; lang: Language }) {
  return (
    <ul className={className} data-testid="import-findings">
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.cell}-${i}`}>{findingText(f, lang).message}</li>
      ))}
    </ul>
  );
}

/**
 * "Nhập Biểu 06": the clerk chooses the export, sees how its columns are read, how many rows
 * were found and whether its totals add up — then, and only then, imports it.
 */
export function ImportBieu06({ gateway, strings }: { gateway: WorkbookGateway; strings: Strings }) {
  const styles = useStyles();
  const t = importStrings(strings.lang);
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const result = useReveal<HTMLDivElement>(state.kind === 'idle' || state.kind === 'busy' ? null : state.kind);

  async function choose(file: File): Promise<void> {
    setState({ kind: 'busy', text: t.reading });
    try {
      const preview = await gateway.readExport(file.name, await file.arrayBuffer());
      if (!preview.ok) {
        setState({ kind: 'unreadable', problems: preview.problems });
        return;
      }
      setState({ kind: 'preview', preview, plan: await gateway.previewImport(preview.reading) });
    } catch (error) {
      setState({ kind: 'failure', failure: gateway.describeFailure(error) });
    }
  }

  async function runImport(reading: ExportReading): Promise<void> {
    setState({ kind: 'busy', text: t.importing });
    try {
      const outcome = await gateway.importTthc(reading, () => undefined);
      setState({ kind: 'done', reading, outcome });
    } catch (error) {
      setState({ kind: 'failure', failure: gateway.describeFailure(error) });
    }
  }

  const busy = state.kind === 'busy';
  return (
    <section className={styles.root} data-testid="import-bieu06">
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void choose(file);
        }}
      />
      <Button disabled={busy} onClick={() => input.current?.click()}>
        {t.choose}
      </Button>
      <Caption1 className={styles.hint}>{t.chooseHint}</Caption1>
      {state.kind === 'busy' ? <Spinner size="small" label={state.text} /> : null}
      <div ref={result} className={styles.root}>
        {state.kind === 'unreadable' ? (
          <MessageBar intent="error" layout="multiline" data-testid="import-unreadable">
            <MessageBarBody>
              <MessageBarTitle>{t.cannotRead}</MessageBarTitle>
              <ul className={styles.list}>
                {state.problems.map((p, i) => (
                  <li key={i}>{messageText(strings.lang, p)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {state.kind === 'failure' ? <ErrorBox failure={state.failure} strings={strings} /> : null}
        {state.kind === 'preview' ? <Preview state={state} onImport={() => void runImport(state.preview.reading)} /> : null}
        {state.kind === 'done' ? <Done outcome={state.outcome} /> : null}
      </div>
    </section>
  );

  function Preview({ state: preview, onImport }: { state: Extract<State, { kind: 'preview' }>; onImport: () => void }) {
    const { reading, mapping, exportFindings } = preview.preview;
    const { plan } = preview;
    return (
      <div className={styles.root} data-testid="import-preview">
        <Text>{t.found(reading.source, reading.sheet, reading.rows.length, reading.totals?.name ?? null)}</Text>
        <MessageBar intent={exportFindings.length > 0 ? 'warning' : 'success'} layout="multiline" data-testid="import-totals">
          <MessageBarBody>
            <MessageBarTitle>{exportFindings.length > 0 ? t.totalsFindings(exportFindings.length) : t.totalsClean}</MessageBarTitle>
            {exportFindings.length > 0 ? <FindingList findings={exportFindings} className={styles.list} lang={strings.lang} /> : null}
          </MessageBarBody>
        </MessageBar>
        {plan.setupFirst && plan.refusals.length === 0 ? (
          <MessageBar intent="info" layout="multiline" data-testid="import-setup-first">
            <MessageBarBody>
              <MessageBarTitle>{t.setupFirstTitle}</MessageBarTitle>
              <div>{t.setupFirst}</div>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {plan.refusals.length > 0 ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.refused}</MessageBarTitle>
              <ul className={styles.list}>
                {plan.refusals.map((r, i) => (
                  <li key={i}>{messageText(strings.lang, r)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Text data-testid="import-plan">{t.willDo(plan.added.length, plan.replaced.length, plan.unchanged.length)}</Text>
        )}
        {plan.findings.length > 0 ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.importNotes}</MessageBarTitle>
              <FindingList findings={plan.findings} className={styles.list} lang={strings.lang} />
            </MessageBarBody>
          </MessageBar>
        ) : null}
        <Button appearance="primary" disabled={plan.refusals.length > 0} onClick={onImport} data-testid="import-run">
          {t.importButton}
        </Button>
        <details className={styles.mapping} open>
          <summary>{t.mappingTitle}</summary>
          <table className={styles.table} aria-label={t.mappingTitle} data-testid="import-mapping">
            <thead>
              <tr>
                <th scope="col">{t.exportColumn}</th>
                <th scope="col">{t.tableColumn}</th>
              </tr>
            </thead>
            <tbody>
              {mapping.map((m, i) => (
                <tr key={i}>
                  <td>{messageText(strings.lang, m.column)}</td>
                  <td>{messageText(strings.lang, m.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </div>
    );
  }

  function Done({ outcome }: { outcome: ImportOutcome }) {
    const { plan, validation } = outcome;
    const counts = countFindings(validation?.findings ?? []);
    const changed = plan.added.length + plan.replaced.length > 0;
    const intent = plan.refusals.length > 0 ? 'error' : outcome.exportFindings.length > 0 || counts.error > 0 ? 'warning' : 'success';
    return (
      <MessageBar intent={intent} layout="multiline" data-testid="import-done" data-intent={intent}>
        <MessageBarBody>
          <MessageBarTitle>{plan.refusals.length > 0 ? t.refused : changed ? t.doneTitle(plan.added.length, plan.replaced.length) : t.doneNothing}</MessageBarTitle>
          {outcome.created.length > 0 ? <div data-testid="import-setup-done">{t.setupDone(outcome.created.length)}</div> : null}
          <div>{plan.refusals.length > 0 ? plan.refusals.map((r) => messageText(strings.lang, r)).join(' ') : t.doneText(counts.error + countFindings(outcome.exportFindings).error, counts.warning)}</div>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
