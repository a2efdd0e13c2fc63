import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { columnLetter } from '../../src/domain/util/a1';

/** What the preview needs from the simulated workbook. */
export interface PreviewWorkbook {
  sheetNames(): string[];
  grid(sheet: string): { rows: { text: string; fill?: string | null; bold?: boolean }[][] };
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minWidth: 0 },
  scroller: { overflow: 'auto', flex: 1, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: '12px' },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '2px 6px',
    whiteSpace: 'nowrap',
    maxWidth: '240px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'center' },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

const MAX_ROWS = 200;
const MAX_COLUMNS = 30;

/** A read-only view of the simulated workbook, refreshed while the task pane writes to it. */
export function SheetView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [tick, setTick] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 700);
    return () => clearInterval(timer);
  }, []);
  const sheets = workbook.sheetNames();
  const sheet = selected && sheets.includes(selected) ? selected : sheets[sheets.length > 1 ? 1 : 0];
  const rows = sheet ? workbook.grid(sheet).rows.slice(0, MAX_ROWS) : [];
  const columns = Math.min(MAX_COLUMNS, Math.max(0, ...rows.map((r) => r.length)));
  return (
    <div className={styles.root} data-tick={tick}>
      <TabList selectedValue={sheet} onTabSelect={(_, d) => setSelected(String(d.value))} size="small" data-testid="sheet-tabs">
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller}>
        {rows.length === 0 ? (
          <p className={styles.empty}>Trang trống.</p>
        ) : (
          <table className={styles.table} data-testid="sheet-grid" data-sheet={sheet}>
            <thead>
              <tr>
                <th className={`${styles.cell} ${styles.head}`} />
                {Array.from({ length: columns }, (_, c) => (
                  <th key={c} className={`${styles.cell} ${styles.head}`}>
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, r) => (
                <tr key={r}>
                  <th className={`${styles.cell} ${styles.head}`}>{r + 1}</th>
                  {Array.from({ length: columns }, (_, c) => {
                    const cell = row[c];
                    return (
                      <td
                        key={c}
                        className={styles.cell}
                        title={cell?.text}
                        style={{ background: cell?.fill ?? undefined, fontWeight: cell?.bold ? 600 : undefined }}
                      >
                        {cell?.text ?? ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
