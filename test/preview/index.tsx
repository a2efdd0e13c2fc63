/**
 * Local preview (development only, never shipped): the real task pane, talking to the real
 * Office.js adapter, beside a simulated workbook that stands in for Excel.
 * Query options: ?lang=en-US (Office display language), ?api=1.7 (ExcelApi version),
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
          <App gateway={officeGateway()} strings={strings} />
        </aside>
      </div>
    </FluentProvider>,
  );
}
