import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { columnLetter, parseCell } from '../../src/domain/util/a1';
import { ChartView, type PreviewChart } from './ChartView';
import { viNumberText } from './viNumberText';

interface GridCell {
  value: unknown;
  text: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
}

/** What the preview needs from the simulated workbook. */
export interface PreviewWorkbook {
  sheetNames(): string[];
  grid(sheet: string): { rows: GridCell[][] };
  readonly selection: { sheet: string; address: string };
  conditionalFormats(sheet: string): { address: string }[];
  conditionalFormatsAt(sheet: string, address: string): { fill: string | null; fontColor: string | null }[];
  charts(sheet: string): PreviewChart[];
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
  number: { textAlign: 'right' },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, textAlign: 'center' },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
  charts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, padding: tokens.spacingHorizontalL },
});

const MAX_ROWS = 200;
const MAX_COLUMNS = 30;

/** Rectangle of an A1 range ("Sheet!$B$4:$B$9" or "E4"), 0-based. */
function rectOf(address: string): { row: number; col: number; rows: number; cols: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [first, second = first] = local.replace(/\$/g, '').split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  return { row: Math.min(a.row, b.row), col: Math.min(a.column, b.column), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.column - a.column) + 1 };
}

/** Fills the live conditional formats give the visible cells, as Excel paints them. */
function highlights(workbook: PreviewWorkbook, sheet: string): Map<string, string> {
  const fills = new Map<string, string>();
  for (const cf of workbook.conditionalFormats(sheet)) {
    const rect = rectOf(cf.address);
    for (let r = rect.row; r < Math.min(rect.row + rect.rows, MAX_ROWS); r++) {
      for (let c = rect.col; c < Math.min(rect.col + rect.cols, MAX_COLUMNS); c++) {
        const key = `${columnLetter(c)}${r + 1}`;
        if (fills.has(key)) continue;
        const fill = workbook.conditionalFormatsAt(sheet, key).find((f) => f.fill)?.fill;
        if (fill) fills.set(key, fill);
      }
    }
  }
  return fills;
}

/**
 * A read-only view of the simulated workbook, refreshed while the task pane writes to it:
 * Excel's selection (followed to its sheet and scrolled into view), conditional-format
 * fills, numbers as Excel shows them under vi-VN, and the sheet's charts.
 */
export function SheetView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [tick, setTick] = useState(0);
  const [selected, setSelected] = useState<string | null>(null);
  const followed = useRef('');
  const selectedCell = useRef<HTMLTableCellElement | null>(null);
  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), 700);
    return () => clearInterval(timer);
  }, []);
  const selection = workbook.selection;
  const selectionKey = `${selection.sheet}!${selection.address}`;
  // A new selection made through the API (a finding clicked in the pane) brings its sheet forward.
  if (followed.current !== selectionKey) {
    followed.current = selectionKey;
    if (selected !== selection.sheet) setSelected(selection.sheet);
  }
  useLayoutEffect(() => {
    selectedCell.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectionKey, selected]);

  const sheets = workbook.sheetNames();
  const sheet = selected && sheets.includes(selected) ? selected : sheets[sheets.length > 1 ? 1 : 0];
  const rows = sheet ? workbook.grid(sheet).rows.slice(0, MAX_ROWS) : [];
  const columns = Math.min(MAX_COLUMNS, Math.max(0, ...rows.map((r) => r.length)));
  const fills = sheet ? highlights(workbook, sheet) : new Map<string, string>();
  const chosen = sheet === selection.sheet ? rectOf(selection.address) : null;
  const charts = sheet ? workbook.charts(sheet) : [];
  const valueAt = (address: string) => {
    const { row, column } = parseCell(address);
    return rows[row]?.[column]?.value;
  };

  return (
    <div className={styles.root} data-tick={tick}>
      <TabList selectedValue={sheet} onTabSelect={(_, d) => setSelected(String(d.value))} size="small" data-testid="sheet-tabs">
        {sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
      <div className={styles.scroller} data-testid="sheet-scroller">
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
                    const address = `${columnLetter(c)}${r + 1}`;
                    const isSelected = !!chosen && r >= chosen.row && r < chosen.row + chosen.rows && c >= chosen.col && c < chosen.col + chosen.cols;
                    const isNumber = typeof cell?.value === 'number';
                    const text = isNumber ? viNumberText(cell.value as number, cell.numberFormat ?? 'General') : (cell?.text ?? '');
                    const fill = fills.get(address) ?? cell?.fill ?? undefined;
                    return (
                      <td
                        key={c}
                        ref={isSelected && r === chosen.row && c === chosen.col ? selectedCell : undefined}
                        className={[styles.cell, isNumber ? styles.number : '', isSelected ? styles.selected : ''].join(' ')}
                        title={text}
                        data-address={address}
                        data-selected={isSelected ? 'true' : undefined}
                        data-highlight={fills.has(address) ? fills.get(address) : undefined}
                        style={{ background: fill, fontWeight: cell?.bold ? 600 : undefined }}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {charts.length > 0 ? (
          <div className={styles.charts}>
            {charts.map((chart) => (
              <ChartView key={chart.id} chart={chart} valueAt={valueAt} />
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
