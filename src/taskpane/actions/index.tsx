/**
 * The pane's commands, in the order of the clerk's year: prepare (the template, and data
 * brought in from elsewhere), check, compute (and what compares or reports on the result).
 *
 * Extension point: a new command is one more `PaneAction` in PANE_ACTIONS, placed in the
 * list where it belongs within its stage. App renders the list (button, description,
 * primary state, progress, status and view) and needs no change. A handler returns an
 * ActionReport: the status intent must follow the result (`success` only when there is no
 * error), and `stage` tells the pane which action becomes the primary one next.
 */
import { countFindings } from '../../domain/validation/finding';
import type { ActionContext, ActionReport, PaneAction, WorkbookStage } from './types';

export type { ActionContext, ActionReport, ActionStage, ActionStatus, PaneAction, WorkbookStage } from './types';

/** Nothing to check or compute in a workbook without a single contract sheet: say so. */
async function withTemplate(context: ActionContext, run: () => Promise<ActionReport>): Promise<ActionReport> {
  const inspection = await context.gateway.inspectWorkbook();
  if (inspection.empty) {
    const { strings } = context;
    return { status: { intent: 'warning', title: strings.noTemplateTitle, text: strings.noTemplateText }, stage: 'noTemplate' };
  }
  return run();
}

const createTemplate: PaneAction = {
  id: 'create-template',
  stage: 'prepare',
  label: (s) => s.createTemplate,
  description: (s) => s.createTemplateHint,
  primaryWhen: (stage) => stage === 'noTemplate',
  async run({ gateway, strings, onStep }) {
    const [outcome, { SetupResult }] = await Promise.all([gateway.createTemplate(onStep), import('../components/SetupResult.js')]);
    const conflicts = outcome.conflicts.length;
    const title = conflicts > 0 ? strings.setupConflictsTitle(conflicts) : outcome.created.length === 0 ? strings.setupNothing : strings.setupDone;
    return {
      status: { intent: conflicts > 0 ? 'warning' : 'success', title },
      view: <SetupResult outcome={outcome} strings={strings} />,
      stage: 'unchecked',
    };
  },
};


const importBieu06: PaneAction = {
  id: 'import-bieu06',
  stage: 'prepare',
  label: (s) => s.importBieu06,
  description: (s) => s.importBieu06Hint,
  primaryWhen: () => false,
  compact: true,
  // No template needed first: an import into a workbook without the TTHC table creates it (the preview says so).
  async run(context) {
    // The panel, the .xlsx reader and the import load on first use (see the gateway).
    const { ImportBieu06 } = await import('../import/ImportBieu06.js');
    return {
      status: { intent: 'info', title: context.strings.importBieu06, text: context.strings.importBieu06Hint },
      view: <ImportBieu06 gateway={context.gateway} strings={context.strings} />,
    };
  },
};

const mergeUnits: PaneAction = {
  id: 'merge-units',
  stage: 'prepare',
  label: (s) => s.mergeUnits,
  description: (s) => s.mergeUnitsHint,
  primaryWhen: () => false,
  compact: true,
  run: (context) =>
    withTemplate(context, async () => {
      // The panel, the .xlsx reader and the merge load on first use (see the gateway).
      const { MergeUnits } = await import('../consolidate/MergeUnits.js');
      return {
        status: { intent: 'info', title: context.strings.mergeUnits, text: context.strings.mergeUnitsHint },
        view: <MergeUnits gateway={context.gateway} strings={context.strings} />,
      };
    }),
};

const comparePrevious: PaneAction = {
  id: 'compare-previous',
  stage: 'compute',
  label: (s) => s.comparePrevious,
  description: (s) => s.comparePreviousHint,
  primaryWhen: () => false,
  compact: true,
  run: (context) =>
    withTemplate(context, async () => {
      const { ComparePrevious } = await import('../consolidate/ComparePrevious.js');
      return {
        status: { intent: 'info', title: context.strings.comparePrevious, text: context.strings.comparePreviousHint },
        view: <ComparePrevious gateway={context.gateway} strings={context.strings} />,
      };
    }),
};

const checkData: PaneAction = {
  id: 'check-data',
  stage: 'check',
  label: (s) => s.checkData,
  description: (s) => s.checkHint,
  primaryWhen: (stage) => stage === 'unchecked' || stage === 'errors' || stage === 'unknown',
  run: (context) =>
    withTemplate(context, async () => {
      const { gateway, strings, onStep, selectFinding } = context;
      // Result views load with their command's code, not with the pane's first screen.
      const [outcome, { FindingsView }] = await Promise.all([gateway.checkData(onStep), import('../components/FindingsView.js')]);
      const { error, warning } = outcome.counts;
      const status =
        error > 0
          ? { intent: 'error' as const, title: strings.checkErrorsTitle(error, warning), text: strings.checkErrorsText }
          : warning > 0
            ? { intent: 'warning' as const, title: strings.checkWarningsTitle(warning), text: strings.checkWarningsText }
            : { intent: 'success' as const, title: strings.checkClean, text: strings.checkCleanText };
      return {
        status,
        view: outcome.findings.length > 0 || !outcome.wroteCheckSheet ? <FindingsView outcome={outcome} strings={strings} onSelect={selectFinding} /> : undefined,
        stage: error > 0 ? 'errors' : 'clean',
      };
    }),
};

const computeSummary: PaneAction = {
  id: 'compute-summary',
  stage: 'compute',
  label: (s) => s.computeSummary,
  description: (s) => s.computeHint,
  primaryWhen: (stage) => stage === 'clean',
  run: (context) =>
    withTemplate(context, async () => {
      const { gateway, strings, onStep, selectFinding } = context;
      const [outcome, { SummaryView, summaryFindings }, { FindingsView }] = await Promise.all([
        gateway.computeSummary(onStep),
        import('../components/SummaryView.js'),
        import('../components/FindingsView.js'),
      ]);
      const { refused } = outcome.plan;
      if (refused.length > 0) {
        // Nothing was written: the missing columns are listed, each a click away from its table.
        const missing = { findings: refused, counts: countFindings(refused), ruleSet: outcome.plan.validation.ruleSet, wroteCheckSheet: true };
        return {
          status: { intent: 'error' as const, title: strings.computeRefusedTitle, text: strings.computeRefusedText },
          view: <FindingsView outcome={missing} strings={strings} onSelect={selectFinding} />,
          stage: 'errors',
        };
      }
      const { counts } = summaryFindings(outcome);
      const at = strings.computedAt(outcome.plan.summaryPlan.computedAt);
      const mismatches = outcome.mismatches.length > 0 ? `${strings.mismatchesTitle(outcome.mismatches.length)} ` : '';
      const status =
        counts.error > 0
          ? { intent: 'error' as const, title: strings.computeErrorsTitle(counts.error), text: `${mismatches}${strings.computeErrorsText}` }
          : counts.warning > 0
            ? { intent: 'warning' as const, title: strings.computeWarningsTitle(counts.warning), text: at }
            : { intent: 'success' as const, title: strings.computeCleanTitle, text: at };
      return {
        status,
        view: <SummaryView outcome={outcome} strings={strings} onSelect={selectFinding} />,
        stage: counts.error > 0 ? 'errors' : 'clean',
      };
    }),
};

export const PANE_ACTIONS: readonly PaneAction[] = [createTemplate, importBieu06, mergeUnits, checkData, computeSummary, comparePrevious];

/** The id of the primary action for a stage: the first action claiming it. */
export function primaryActionId(actions: readonly PaneAction[], stage: WorkbookStage): string | undefined {
  return actions.find((a) => a.primaryWhen(stage))?.id;
}
