import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { CompareOutcome } from '../../excel/compare';
import type { ExcelFailure } from '../../excel/errors';
import { ErrorBox } from '../components/ErrorBox';
import { useReveal } from '../components/useReveal';
import type { WorkbookGateway } from '../gateway';
import type { Strings } from '../i18n';
import { messageText } from '../findingText';
import type { Msg } from '../../domain/messages';
import { consolidateStrings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'refused'; reason: Msg }
  | { kind: 'done'; outcome: Extract<CompareOutcome, { ok: true }> }
  | { kind: 'failure'; failure: ExcelFailure };

/**
 * "So sánh với năm trước": the clerk chooses last year's workbook; it is read here, in the
 * pane, its key figures stored on "Năm trước" and the summary recomputed with the changes.
 */
export function ComparePrevious({ gateway, strings }: { gateway: WorkbookGateway; strings: Strings }) {
  const styles = useStyles();
  const t = consolidateStrings(strings.lang).compare;
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const result = useReveal<HTMLDivElement>(state.kind === 'idle' || state.kind === 'busy' ? null : state.kind);

  async function compare(file: File): Promise<void> {
    try {
      setState({ kind: 'busy', text: t.reading(file.name) });
      const read = await gateway.readWorkbook(file.name, await file.arrayBuffer());
      if (!read.ok) {
        setState({ kind: 'refused', reason: read.problem });
        return;
      }
      setState({ kind: 'busy', text: t.comparing });
      const outcome = await gateway.compareWithPrevious(read.snapshot, file.name, () => undefined);
      setState(outcome.ok ? { kind: 'done', outcome } : { kind: 'refused', reason: outcome.refusal });
    } catch (error) {
      setState({ kind: 'failure', failure: gateway.describeFailure(error) });
    }
  }

  return (
    <section className={styles.root} data-testid="compare-previous">
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="compare-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void compare(file);
        }}
      />
      <Button disabled={state.kind === 'busy'} onClick={() => input.current?.click()}>
        {t.choose}
      </Button>
      <Caption1 className={styles.hint}>{t.chooseHint}</Caption1>
      {state.kind === 'busy' ? <Spinner size="small" label={state.text} /> : null}
      <div ref={result} className={styles.root}>
        {state.kind === 'refused' ? (
          <MessageBar intent="error" layout="multiline" data-testid="compare-refused">
            <MessageBarBody>
              <MessageBarTitle>{t.refused}</MessageBarTitle>
              <div>{messageText(strings.lang, state.reason)}</div>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {state.kind === 'failure' ? <ErrorBox failure={state.failure} strings={strings} /> : null}
        {state.kind === 'done' ? (
          <MessageBar intent="success" layout="multiline" data-testid="compare-done">
            <MessageBarBody>
              <MessageBarTitle>{t.doneTitle(state.outcome.year)}</MessageBarTitle>
              <div>{t.doneText(state.outcome.year, state.outcome.figures)}</div>
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </section>
  );
}
