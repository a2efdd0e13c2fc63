import { Button, Caption1, Spinner, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../domain/validation/finding';
import type { CheckOutcome } from '../excel/check';
import type { ComputeOutcome } from '../excel/compute';
import type { ExcelFailure } from '../excel/errors';
import type { SetupOutcome } from '../excel/setup';
import { ErrorBox } from './components/ErrorBox';
import { FindingsView } from './components/FindingsView';
import { SetupResult } from './components/SetupResult';
import { SummaryView } from './components/SummaryView';
import type { Step, WorkbookGateway } from './gateway';
import type { Strings } from './i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** A command button with the sentence that says what it does. */
function Action(props: { label: string; hint: string; disabled: boolean; primary?: boolean; onClick: () => void }) {
  return (
    <>
      <Button appearance={props.primary ? 'primary' : 'secondary'} disabled={props.disabled} onClick={props.onClick}>
        {props.label}
      </Button>
      <Caption1>{props.hint}</Caption1>
    </>
  );
}

type Result =
  | { kind: 'setup'; outcome: SetupOutcome }
  | { kind: 'check'; outcome: CheckOutcome }
  | { kind: 'compute'; outcome: ComputeOutcome }
  | { kind: 'error'; failure: ExcelFailure };

export function App({ gateway, strings }: { gateway: WorkbookGateway; strings: Strings }) {
  const styles = useStyles();
  const [step, setStep] = useState<Step | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const busy = step !== null;

  async function run<T>(action: (onStep: (s: Step) => void) => Promise<T>, done: (value: T) => Result) {
    setResult(null);
    setStep('read');
    try {
      const value = await action(setStep);
      setResult(done(value));
    } catch (error) {
      setResult({ kind: 'error', failure: gateway.describeFailure(error) });
    } finally {
      setStep(null);
    }
  }

  function select(finding: Finding): void {
    gateway.selectCell(finding.sheet, finding.cell).catch((error) => setResult({ kind: 'error', failure: gateway.describeFailure(error) }));
  }

  const stepText: Record<Step, string> = {
    read: strings.stepRead,
    write: strings.stepWrite,
    check: strings.stepCheck,
    compute: strings.stepCompute,
  };

  return (
    <main className={styles.root}>
      <header>
        <Title2 as="h1">{strings.appTitle}</Title2>
        <br />
        <Caption1>{strings.appSubtitle}</Caption1>
      </header>
      <section className={styles.actions}>
        <Action primary label={strings.computeSummary} hint={strings.computeHint} disabled={busy}
          onClick={() => run((onStep) => gateway.computeSummary(onStep), (outcome) => ({ kind: 'compute', outcome }))} />
        <Action label={strings.createTemplate} hint={strings.createTemplateHint} disabled={busy}
          onClick={() => run((onStep) => gateway.createTemplate(onStep), (outcome) => ({ kind: 'setup', outcome }))} />
        <Action label={strings.checkData} hint={strings.checkHint} disabled={busy}
          onClick={() => run((onStep) => gateway.checkData(onStep), (outcome) => ({ kind: 'check', outcome }))} />
      </section>
      {busy ? <Spinner size="small" label={stepText[step]} data-testid="progress" /> : null}
      <section aria-live="polite">
        {result?.kind === 'setup' ? <SetupResult outcome={result.outcome} strings={strings} /> : null}
        {result?.kind === 'compute' ? <SummaryView outcome={result.outcome} strings={strings} onSelect={select} /> : null}
        {result?.kind === 'check' ? <FindingsView outcome={result.outcome} strings={strings} onSelect={select} /> : null}
        {result?.kind === 'error' ? <ErrorBox failure={result.failure} strings={strings} /> : null}
      </section>
    </main>
  );
}
