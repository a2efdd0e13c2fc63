import { columnLetter, parseCell } from '../../src/domain/util/a1';

/** A chart as the simulator stores it: a description, nothing drawn. */
export interface PreviewChart {
  id: string;
  type: string;
  title: string;
  sourceAddress: string;
  seriesBy: string;
}

const COLOURS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47'];
const WIDTH = 320;
const HEIGHT = 200;

interface Series {
  name: string;
  values: number[];
}

/** Categories (first column) and series (the other columns, named by a header row when there is one). */
function seriesOf(chart: PreviewChart, valueAt: (address: string) => unknown): { categories: string[]; series: Series[] } {
  const local = chart.sourceAddress.slice(chart.sourceAddress.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [first, second = first] = local.split(':');
  const a = parseCell(first);
  const b = parseCell(second);
  const at = (r: number, c: number) => valueAt(`${columnLetter(c)}${r + 1}`);
  const headed = typeof at(a.row, a.column + 1) === 'string';
  const firstRow = headed ? a.row + 1 : a.row;
  const categories: string[] = [];
  for (let r = firstRow; r <= b.row; r++) categories.push(String(at(r, a.column) ?? ''));
  const series: Series[] = [];
  for (let c = a.column + 1; c <= b.column; c++) {
    const values: number[] = [];
    for (let r = firstRow; r <= b.row; r++) {
      const v = at(r, c);
      values.push(typeof v === 'number' ? v : 0);
    }
    series.push({ name: headed ? String(at(a.row, c)) : `Chuỗi ${c - a.column}`, values });
  }
  return { categories, series };
}

function Pie({ categories, values }: { categories: string[]; values: number[] }) {
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  if (total === 0) return <text x={WIDTH / 2} y={HEIGHT / 2} textAnchor="middle">Chưa có số liệu</text>;
  const [cx, cy, radius] = [90, HEIGHT / 2 + 10, 70];
  let angle = -Math.PI / 2;
  return (
    <>
      {values.map((v, i) => {
        const sweep = (Math.max(0, v) / total) * Math.PI * 2;
        const [x1, y1] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
        angle += sweep;
        const [x2, y2] = [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
        const path = sweep >= Math.PI * 2 - 1e-9
          ? `M ${cx - radius} ${cy} a ${radius} ${radius} 0 1 0 ${radius * 2} 0 a ${radius} ${radius} 0 1 0 ${-radius * 2} 0`
          : `M ${cx} ${cy} L ${x1} ${y1} A ${radius} ${radius} 0 ${sweep > Math.PI ? 1 : 0} 1 ${x2} ${y2} Z`;
        return <path key={i} d={path} fill={COLOURS[i % COLOURS.length]} data-testid="chart-mark" data-value={v} />;
      })}
      {categories.map((name, i) => (
        <text key={name + i} x={180} y={50 + i * 18} fontSize={11}>
          <tspan fill={COLOURS[i % COLOURS.length]}>■ </tspan>
          {name}
        </text>
      ))}
    </>
  );
}

function Columns({ categories, series }: { categories: string[]; series: Series[] }) {
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const [left, bottom, top] = [10, HEIGHT - 30, 40];
  const groupWidth = (WIDTH - left * 2) / Math.max(1, categories.length);
  const barWidth = (groupWidth * 0.7) / Math.max(1, series.length);
  return (
    <>
      <line x1={left} x2={WIDTH - left} y1={bottom} y2={bottom} stroke="#999" />
      {categories.map((name, i) => (
        <g key={name + i}>
          {series.map((s, k) => {
            const height = ((bottom - top) * Math.max(0, s.values[i])) / max;
            const x = left + i * groupWidth + groupWidth * 0.15 + k * barWidth;
            return <rect key={k} x={x} y={bottom - height} width={barWidth} height={height} fill={COLOURS[k % COLOURS.length]} data-testid="chart-mark" data-value={s.values[i]} />;
          })}
          <text x={left + i * groupWidth + groupWidth / 2} y={bottom + 14} fontSize={10} textAnchor="middle">
            {name}
          </text>
        </g>
      ))}
      {series.map((s, k) => (
        <text key={s.name} x={left + k * 120} y={top - 8} fontSize={10}>
          <tspan fill={COLOURS[k % COLOURS.length]}>■ </tspan>
          {s.name}
        </text>
      ))}
    </>
  );
}

/** An SVG drawing of a chart's series, so the preview shows what Excel would draw. */
export function ChartView({ chart, valueAt }: { chart: PreviewChart; valueAt: (address: string) => unknown }) {
  const { categories, series } = seriesOf(chart, valueAt);
  return (
    <figure style={{ margin: 0, border: '1px solid #ddd', background: '#fff' }} data-testid="chart" data-chart-type={chart.type}>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={chart.title}>
        <text x={WIDTH / 2} y={16} fontSize={11} fontWeight={600} textAnchor="middle">
          {chart.title.length > 52 ? `${chart.title.slice(0, 50)}…` : chart.title}
        </text>
        {chart.type === 'Pie' ? <Pie categories={categories} values={series[0]?.values ?? []} /> : <Columns categories={categories} series={series} />}
      </svg>
    </figure>
  );
}
