import { WorkbookFileError, type WorkbookFileProblem } from '../workbook/errors';

/** Exit codes of the `tongket` command. */
export const EXIT = {
  ok: 0,
  /** `check` found errors in the data */
  findings: 1,
  /** the file holds parts the command line would lose (charts, pivot tables …) */
  refused: 2,
  /** the command exists but is not available yet */
  unsupported: 3,
  /** wrong arguments */
  usage: 64,
  /** the file is missing, not an .xlsx, encrypted or corrupt */
  badFile: 65,
  /** an unexpected failure (a bug): the message says what happened */
  internal: 70,
  /** the output could not be written */
  cannotWrite: 73,
} as const;

/** A failure of the command line itself: one Vietnamese sentence and a stable exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The exit code for each problem the file adapter reports. */
const EXIT_OF_PROBLEM: Record<WorkbookFileProblem, number> = {
  badFile: EXIT.badFile,
  refused: EXIT.refused,
  cannotWrite: EXIT.cannotWrite,
};

/** The CLI's view of a thrown error: a CliError, a file adapter's problem mapped to its exit code, or null (a bug). */
export function asCliError(error: unknown): CliError | null {
  if (error instanceof CliError) return error;
  if (error instanceof WorkbookFileError) return new CliError(error.message, EXIT_OF_PROBLEM[error.problem]);
  return null;
}
