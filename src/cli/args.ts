import { CliError, EXIT } from './errors';

export type CommandName = 'init' | 'check' | 'compute' | 'import-tthc' | 'merge';

export interface ParsedArgs {
  command: CommandName | 'help' | 'version';
  file?: string;
  /** merge: the units' workbooks, in order */
  files?: string[];
  output?: string;
  /** compute: last year's workbook to compare with */
  previous?: string;
  json: boolean;
}

const COMMANDS: readonly string[] = ['init', 'check', 'compute', 'import-tthc', 'merge'];

function usage(message: string): CliError {
  return new CliError(`${message}\nXem hướng dẫn: tongket --help`, EXIT.usage);
}

/** `tongket COMMAND FILE [-o OUT] [--json]`; options may come anywhere after the command. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h') || args[0] === 'help') {
    return { command: 'help', json: false };
  }
  if (args.includes('--version') || args.includes('-v')) return { command: 'version', json: false };
  const command = args.shift()!;
  if (!COMMANDS.includes(command)) throw usage(`Lệnh không hợp lệ: "${command}". Các lệnh: init, check, compute, import-tthc, merge.`);
  const parsed: ParsedArgs = { command: command as CommandName, json: false };
  const positional: string[] = [];
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '-o' || arg === '--output') {
      const value = args.shift();
      if (value === undefined || value.startsWith('-')) throw usage(`Thiếu tên tệp sau ${arg}.`);
      parsed.output = value;
    } else if (arg.startsWith('--output=')) {
      parsed.output = arg.slice('--output='.length);
    } else if (arg === '--previous') {
      const value = args.shift();
      if (value === undefined || value.startsWith('-')) throw usage(`Thiếu tên tệp sau ${arg}.`);
      parsed.previous = value;
    } else if (arg === '--json') {
      parsed.json = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw usage(`Tùy chọn không hợp lệ: "${arg}".`);
    } else {
      positional.push(arg);
    }
  }
  if (parsed.previous !== undefined && parsed.command !== 'compute') throw usage('Tùy chọn --previous chỉ dùng với lệnh compute.');
  if (parsed.command === 'merge') {
    if (parsed.output === undefined) throw usage('Lệnh merge cần sổ tổng hợp: tongket merge -o TONG-HOP.xlsx DON-VI-1.xlsx DON-VI-2.xlsx …');
    if (positional.length === 0) throw usage('Thiếu sổ đơn vị cần gộp: tongket merge -o TONG-HOP.xlsx DON-VI-1.xlsx …');
    if (parsed.json) throw usage('Tùy chọn --json chỉ dùng với lệnh check.');
    parsed.files = positional;
    return parsed;
  }
  if (positional.length === 0) throw usage(`Thiếu tên tệp Excel: tongket ${command} TỆP.xlsx`);
  if (positional.length > 1) throw usage(`Chỉ nhận một tệp, nhưng có ${positional.length}: ${positional.join(', ')}.`);
  parsed.file = positional[0];
  if (parsed.json && parsed.command !== 'check') throw usage('Tùy chọn --json chỉ dùng với lệnh check.');
  if (parsed.output !== undefined && parsed.command === 'check') throw usage('Lệnh check không ghi tệp nên không nhận -o.');
  if (parsed.command === 'import-tthc' && parsed.output === undefined) throw usage('Lệnh import-tthc cần sổ nhận số liệu: tongket import-tthc BIEU06.xlsx -o SO.xlsx');
  return parsed;
}
