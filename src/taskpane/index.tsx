import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { hostReady, type HostInfo } from '../excel/host';
import { App } from './App';
import { officeGateway } from './gateway';
import { languageOf, stringsFor } from './i18n';
import { themeFor } from './theme';

function mount(host: HostInfo): void {
  const container = document.getElementById('root');
  if (!container) return;
  const language = languageOf(host.displayLanguage);
  const strings = stringsFor(language);
  document.documentElement.lang = language;
  const theme = themeFor(host.bodyBackground);
  createRoot(container).render(
    <FluentProvider theme={theme}>
      {host.inExcel ? <App gateway={officeGateway()} strings={strings} /> : <p style={{ padding: 16 }}>{strings.notInExcel}</p>}
    </FluentProvider>,
  );
}

hostReady().then(mount);
