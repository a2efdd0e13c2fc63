/**
 * Building a finding from messages. Kept apart from ./finding (types and counts) so that code
 * needing only the types does not load the template tables (the pane's first screen).
 */
import { vi, type Msg } from '../messages';
import type { Finding, FindingPlace, Severity } from './finding';

/** A finding from messages: the Vietnamese text is rendered here, the messages kept for other languages. */
export function finding(place: FindingPlace, severity: Severity, rule: string, message: Msg, suggestion: Msg | null, basis: Msg | null): Finding {
  return {
    severity,
    ...place,
    message: vi(message),
    suggestion: suggestion ? vi(suggestion) : '',
    basis: basis ? vi(basis) : '',
    rule,
    text: { message, suggestion, basis },
  };
}
