import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { SetupOutcome } from '../../excel/setup';
import type { Strings } from '../i18n';
import { textIn } from '../findingText';

/** What "Tạo bảng mẫu" created (folded) and what it left for the clerk to decide. */
export function SetupResult({ outcome, strings }: { outcome: SetupOutcome; strings: Strings }) {
  return (
    <div data-testid="setup-result">
      {outcome.conflicts.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="conflicts">
          <MessageBarBody>
            <MessageBarTitle>{strings.conflictsTitle(outcome.conflicts.length)}</MessageBarTitle>
            <ul>
              {outcome.conflicts.map((c) => (
                <li key={c.message}>{textIn(strings.lang, c.message, c.text)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.created.length > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="created">
            <AccordionHeader size="small">{strings.createdItems(outcome.created.length)}</AccordionHeader>
            <AccordionPanel>
              <ul>
                {outcome.created.map((line, i) => (
                  <li key={line}>{textIn(strings.lang, line, outcome.createdText?.[i])}</li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
      {outcome.dataValidation ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.noValidation}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
