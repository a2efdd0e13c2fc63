import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { SetupOutcome } from '../../excel/setup';
import type { Strings } from '../i18n';

export function SetupResult({ outcome, strings }: { outcome: SetupOutcome; strings: Strings }) {
  const nothing = outcome.created.length === 0;
  return (
    <div data-testid="setup-result">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{nothing ? strings.setupNothing : strings.setupDone}</MessageBarTitle>
          {nothing ? null : (
            <Accordion collapsible>
              <AccordionItem value="created">
                <AccordionHeader size="small">{strings.createdItems(outcome.created.length)}</AccordionHeader>
                <AccordionPanel>
                  <ul>
                    {outcome.created.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            </Accordion>
          )}
        </MessageBarBody>
      </MessageBar>
      {outcome.conflicts.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="conflicts">
          <MessageBarBody>
            <MessageBarTitle>{strings.conflictsTitle(outcome.conflicts.length)}</MessageBarTitle>
            <ul>
              {outcome.conflicts.map((c) => (
                <li key={c.message}>{c.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome.dataValidation ? null : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{strings.noValidation}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
