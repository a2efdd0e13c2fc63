import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from '@fluentui/react-components';
import type { ExcelFailure } from '../../excel/errors';
import type { Strings } from '../i18n';

/** A failure as a readable sentence, with the technical detail folded below. */
export function ErrorBox({ failure, strings }: { failure: ExcelFailure; strings: Strings }) {
  const sentence = strings.errors[failure.code] ?? strings.errors.Unknown;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error">
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {sentence} {strings.errorResume}
        <Accordion collapsible>
          <AccordionItem value="detail">
            <AccordionHeader size="small">{strings.errorDetail}</AccordionHeader>
            <AccordionPanel>
              <Text as="p" size={200} font="monospace">
                {strings.detailCode}: {failure.code}
                <br />
                {failure.location ? (
                  <>
                    {strings.detailLocation}: {failure.location}
                    <br />
                  </>
                ) : null}
                {strings.detailMessage}: {failure.message}
              </Text>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </MessageBarBody>
    </MessageBar>
  );
}
