export type { Arg, Fmt, Language, Msg, Template } from './types';
export { renderMessage } from './format';
export { VI, msg, type MessageId } from './vi';
import { renderMessage } from './format';
import type { Msg } from './types';
import { VI } from './vi';

/** The Vietnamese text of a message: what the workbook and the CLI show. */
export function vi(message: Msg): string {
  return renderMessage(message, VI, 'vi');
}
