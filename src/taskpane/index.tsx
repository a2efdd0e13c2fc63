import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { officeGateway } from './gateway';
import { languageOf, stringsFor } from './i18n';
import { themeFor } from './theme';

function mount(info: { host: Office.HostType | null } | undefined): void {
  const container = document.getElementById('root');
  if (!container) return;
  const language = languageOf(Office.context?.displayLanguage ?? 'vi-VN');
  const strings = stringsFor(language);
  document.documentElement.lang = language;
  const theme = themeFor(Office.context?.officeTheme?.bodyBackgroundColor);
  const root = createRoot(container);
  if (info?.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={theme}>
        <p style={{ padding: 16 }}>{strings.notInExcel}</p>
      </FluentProvider>,
    );
    return;
  }
  root.render(
    <FluentProvider theme={theme}>
      <App gateway={officeGateway()} strings={strings} />
    </FluentProvider>,
  );
}

Office.onReady(mount);
