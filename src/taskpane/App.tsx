import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment, useEffect, useState } from 'react';
import type { Finding } from '../domain/validation/finding';
import type { ExcelFailure } from '../excel/errors';
import { PANE_ACTIONS, primaryActionId, type ActionReport, type ActionStage, type PaneAction, type WorkbookStage } from './actions';
import { ErrorBox } from './components/ErrorBox';
import type { Step, WorkbookGateway } from './gateway';
import type { Strings } from './i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  actions: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  stage: {
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: '2px',
  },
  action: { display: 'flex', flexDirection: 'column', gap: '2px' },
  compactRow: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  button: { justifyContent: 'flex-start', width: '100%' },
  description: { color: tokens.colorNeutralForeground3 },
});

type Outcome = { kind: 'report'; report: ActionReport } | { kind: 'failure'; failure: ExcelFailure };

const STAGES: readonly ActionStage[] = ['prepare', 'check', 'compute'];

export function App({
  gateway,
  strings,
  actions = PANE_ACTIONS,
}: {
  gateway: WorkbookGateway;
  strings: Strings;
  actions?: readonly PaneAction[];
}) {
  const styles = useStyles();
  const [step, setStep] = useState<Step | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [stage, setStage] = useState<WorkbookStage>('unknown');
  const busy = step !== null;

  useEffect(() => {
    let live = true;
    gateway
      .inspectWorkbook()
      .then((inspection) => live && setStage((current) => (current === 'unknown' ? (inspection.missingSheets.length > 0 ? 'noTemplate' : 'unchecked') : current)))
      // Not knowing the workbook's state only means no suggestion yet; every button still works.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [gateway]);

  function selectFinding(finding: Finding): void {
    gateway.selectCell(finding.sheet, finding.cell).catch((error) => setOutcome({ kind: 'failure', failure: gateway.describeFailure(error) }));
  }

  async function run(action: PaneAction): Promise<void> {
    setOutcome(null);
    setStep('read');
    try {
      const report = await action.run({ gateway, strings, onStep: setStep, selectFinding });
      setOutcome({ kind: 'report', report });
      if (report.stage) setStage(report.stage);
    } catch (error) {
      setOutcome({ kind: 'failure', failure: gateway.describeFailure(error) });
    } finally {
      setStep(null);
    }
  }

  const stepText: Record<Step, string> = {
    read: strings.stepRead,
    write: strings.stepWrite,
    check: strings.stepCheck,
    compute: strings.stepCompute,
  };
  const stageTitle: Record<ActionStage, string> = {
    prepare: strings.stagePrepare,
    check: strings.stageCheck,
    compute: strings.stageCompute,
  };
  const primary = primaryActionId(actions, stage);
  const report = outcome?.kind === 'report' ? outcome.report : null;

  return (
    <main className={styles.root} data-stage={stage}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {strings.appTitle}
        </Title3>
        <Caption1 as="p" className={styles.heading}>
          {strings.appSubtitle}
        </Caption1>
      </header>
      <ol className={styles.actions} aria-label={strings.appSubtitle}>
        {STAGES.map((group, index) => {
          const members = actions.filter((a) => a.stage === group);
          if (members.length === 0) return null;
          return (
            <Fragment key={group}>
              <li className={styles.stage}>
                <Caption1>
                  {index + 1}. {stageTitle[group]}
                </Caption1>
              </li>
              {members
                .filter((action) => !action.compact)
                .map((action) => {
                  const isPrimary = action.id === primary;
                  return (
                    <li key={action.id} className={styles.action}>
                      <Button
                        className={styles.button}
                        appearance={isPrimary ? 'primary' : 'secondary'}
                        disabled={busy}
                        onClick={() => void run(action)}
                        data-testid={`action-${action.id}`}
                        title={isPrimary ? undefined : action.description(strings)}
                        aria-description={isPrimary ? strings.nextStep : undefined}
                      >
                        {action.label(strings)}
                      </Button>
                      {/* What the suggested step does, in words; the others say it on hover: a 320 px pane keeps the status and the first finding in view. */}
                      {isPrimary ? <Caption1 className={styles.description}>{action.description(strings)}</Caption1> : null}
                    </li>
                  );
                })}
              {members.some((action) => action.compact) ? (
                <li className={styles.compactRow}>
                  {members
                    .filter((action) => action.compact)
                    .map((action) => {
                      const isPrimary = action.id === primary;
                      return (
                        <Button
                          key={action.id}
                          size="small"
                          appearance={isPrimary ? 'primary' : 'secondary'}
                          disabled={busy}
                          onClick={() => void run(action)}
                          data-testid={`action-${action.id}`}
                          title={action.description(strings)}
                          aria-description={isPrimary ? strings.nextStep : undefined}
                        >
                          {action.label(strings)}
                        </Button>
                      );
                    })}
                </li>
              ) : null}
            </Fragment>
          );
        })}
      </ol>
      {busy ? <Spinner size="small" label={stepText[step]} data-testid="progress" /> : null}
      <section aria-live="polite">
        {report ? (
          <MessageBar intent={report.status.intent} layout="multiline" data-testid="status" data-intent={report.status.intent}>
            <MessageBarBody>
              <MessageBarTitle>{report.status.title}</MessageBarTitle>
              {report.status.text ? (
                <Text as="p" block size={200} className={styles.heading}>
                  {report.status.text}
                </Text>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome?.kind === 'failure' ? <ErrorBox failure={outcome.failure} strings={strings} /> : null}
      </section>
      {report?.view ?? null}
    </main>
  );
}
