/** Where a command writes; tests capture it, the binary uses the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** the time of the run (the Kiểm tra sheet and the summary show it) */
  now(): Date;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  now: () => new Date(),
};
