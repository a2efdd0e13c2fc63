/**
 * Local preview (development only, never shipped): the real task pane, talking to the real
 * Office.js adapter, beside a simulated workbook that stands in for Excel.
 * Query options: ?lang=en-US (Office display language; the toolbar's language switch sets it
 * too), ?api=1.7 (ExcelApi version),
 * ?view=pane (the pane alone, filling the window: what Excel's narrow pane shows).
 */
import { Button, FluentProvider, Toolbar, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createSimulatedExcel } from '../sim';
import { App } from '../../src/taskpane/App';
import { officeGateway } from '../../src/taskpane/gateway';
import { languageOf, stringsFor } from '../../src/taskpane/i18n';
import { loadSampleData, SAMPLE_MESSAGES, type SampleOutcome } from './sampleData';
import { SheetView } from './SheetView';

const params = new URLSearchParams(window.location.search);
const displayLanguage = params.get('lang') ?? 'vi-VN';
const sim = createSimulatedExcel({ apiVersion: params.get('api') ?? '1.17', displayLanguage });
sim.install(globalThis);
// Tests drive and inspect the simulated workbook through these handles.
(window as unknown as { tongketSim: typeof sim }).tongketSim = sim;
(window as unknown as { tongketPreview: { loadSampleData: typeof loadSampleData } }).tongketPreview = { loadSampleData };

const strings = stringsFor(languageOf(displayLanguage));

/** Office's display language as Excel would give it: vi-VN selects the Vietnamese pane, any other the English one. */
const LANGUAGES = [
  { code: 'vi-VN', label: 'Tiếng Việt' },
  { code: 'en-US', label: 'English' },
] as const;

/**
 * The pane in the chosen display language, with the switch that chooses it. Switching keeps
 * the simulated workbook and restarts the pane, as reopening it in Excel with another
 * Office language would; the URL keeps the choice across reloads.
 */
function PaneWithLanguage({ initial }: { initial: string }) {
  const [language, setLanguage] = useState(initial);
  function choose(code: string): void {
    setLanguage(code);
    const url = new URL(window.location.href);
    url.searchParams.set('lang', code);
    window.history.replaceState(null, '', url);
  }
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div role="group" aria-label="Ngôn ngữ hiển thị của Office / Office display language" data-testid="language-switch" style={{ display: 'flex', gap: 4, alignItems: 'center', padding: '4px 8px', borderBottom: '1px solid #ddd', fontSize: 12 }}>
        <span>Office:</span>
        {LANGUAGES.map(({ code, label }) => {
          const active = languageOf(code) === languageOf(language);
          return (
            <Button key={code} size="small" appearance={active ? 'primary' : 'subtle'} aria-pressed={active} onClick={() => choose(code)} data-testid={`lang-${languageOf(code)}`}>
              {label}
            </Button>
          );
        })}
      </div>
      <div style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        <App key={languageOf(language)} gateway={officeGateway()} strings={stringsFor(languageOf(language))} />
      </div>
    </div>
  );
}

/** "Nạp số liệu mẫu", with what it did (or why it did nothing) said in Vietnamese. */
function SampleLoader() {
  const [outcome, setOutcome] = useState<SampleOutcome | null>(null);
  return (
    <>
      <Button size="small" title="Điền số liệu ví dụ vào các bảng (sau khi tạo bảng mẫu)" onClick={() => loadSampleData().then(setOutcome)} data-testid="load-sample">
        Nạp số liệu mẫu
      </Button>
      {outcome ? (
        <span role="status" data-testid="sample-status" data-kind={outcome.kind} style={{ padding: '0 8px', color: outcome.kind === 'loaded' ? '#0e700e' : '#8a3707' }}>
          {SAMPLE_MESSAGES[outcome.kind]}
        </span>
      ) : null}
    </>
  );
}
const container = document.getElementById('preview');
if (container && params.get('view') === 'pane') {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%', overflow: 'auto' }} data-testid="taskpane">
      <App gateway={officeGateway()} strings={strings} />
    </FluentProvider>,
  );
} else if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <div style={{ display: 'flex', height: '100%' }}>
        <div style={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
          <Toolbar size="small" style={{ flexWrap: 'wrap' }}>
            <span style={{ padding: '0 8px', fontWeight: 600 }}>Sổ tính mô phỏng (xem thử)</span>
            <SampleLoader />
          </Toolbar>
          <div style={{ flex: 1, minHeight: 0 }}>
            <SheetView workbook={sim.workbook} />
          </div>
        </div>
        <aside style={{ width: 360, borderLeft: '1px solid #ddd', overflow: 'auto' }} data-testid="taskpane">
          <PaneWithLanguage initial={displayLanguage} />
        </aside>
      </div>
    </FluentProvider>,
  );
}
