/**
 * What the file adapter reports when it cannot do what was asked: one Vietnamese sentence
 * and the kind of problem. The command line maps each kind to its exit code (src/cli/errors).
 */
export type WorkbookFileProblem =
  /** the file is missing, not an .xlsx, encrypted or corrupt */
  | 'badFile'
  /** the file holds what the adapter would lose or overwrite: nothing was changed */
  | 'refused'
  /** the output could not be written */
  | 'cannotWrite';

export class WorkbookFileError extends Error {
  constructor(
    message: string,
    readonly problem: WorkbookFileProblem,
  ) {
    super(message);
    this.name = 'WorkbookFileError';
  }
}
