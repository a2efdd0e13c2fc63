import type { ReactNode } from 'react';
import type { Finding } from '../../domain/validation/finding';
import type { Step, WorkbookGateway } from '../gateway';
import type { Strings } from '../i18n';

/**
 * Where the clerk is in the year's work, as far as the pane knows. The pane starts at
 * "unknown", asks the workbook, and each action's report moves it on.
 */
export type WorkbookStage =
  /** not yet inspected */
  | 'unknown'
  /** no contract sheet, or some missing: "Tạo bảng mẫu" comes first */
  | 'noTemplate'
  /** template present, not checked in this session */
  | 'unchecked'
  /** the last check or computation found errors */
  | 'errors'
  /** the last check or computation found no error */
  | 'clean';

/** The clerk's year, in the order the pane shows it. */
export type ActionStage = 'prepare' | 'check' | 'compute';

/** The status line after an action: its intent follows the result (success only without errors). */
export interface ActionStatus {
  intent: 'success' | 'info' | 'warning' | 'error';
  title: string;
  text?: string;
}

export interface ActionReport {
  status: ActionStatus;
  /** what the pane shows below the status (findings, figures…) */
  view?: ReactNode;
  /** the workbook's stage after the action; omitted when the action does not change it */
  stage?: WorkbookStage;
}

/** What an action's handler may use. */
export interface ActionContext {
  gateway: WorkbookGateway;
  strings: Strings;
  onStep: (step: Step) => void;
  /** selects a finding's cell in the workbook (for views that list findings) */
  selectFinding: (finding: Finding) => void;
}

/**
 * One command of the pane. The pane's layout is derived from the list of these (see
 * ./index.tsx): adding a command means adding one descriptor there, nothing in App.
 */
export interface PaneAction {
  /** stable id, also the button's data-testid suffix ("action-<id>") */
  id: string;
  stage: ActionStage;
  label: (strings: Strings) => string;
  /** one sentence under the button: what it does, what it never touches */
  description: (strings: Strings) => string;
  /**
   * true when this is the next useful action for the workbook's stage. The first action of
   * the list that claims a stage is the primary one; the others stay secondary.
   */
  primaryWhen: (stage: WorkbookStage) => boolean;
  /**
   * a secondary command shown as a small button beside the stage's other compact ones (its
   * description as the button's tooltip), so the stage takes one line for them, not three
   */
  compact?: boolean;
  run: (context: ActionContext) => Promise<ActionReport>;
}
