/**
 * Exit codes of the `tongket` command. The workbook layer throws `CliError` so that a file
 * problem reaches the user as one Vietnamese sentence and a stable exit code.
 */
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

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
