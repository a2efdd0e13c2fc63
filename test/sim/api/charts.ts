/** Worksheet charts, stored as descriptions (type, source, title, position). */
import { formatAddress, parseRect, splitSheet } from '../addressing';
import { simError } from '../errors';
import type { ChartModel } from '../model/charts';
import type { SheetModel } from '../model/sheet';
import { AnyProxy, PropTable, SimClientObject, defineProps } from './clientObject';
import { SimCollection } from './collection';
import { SimRange } from './range';

interface ChartTarget {
  sheet: SheetModel;
  chart: ChartModel;
}

const CELL_WIDTH = 48;
const CELL_HEIGHT = 15;

export class SimChartCollection extends SimCollection<SheetModel, ChartModel, ChartTarget, SimChart> {
  get _className(): string {
    return 'ChartCollection';
  }

  protected _list(sheet: SheetModel): ChartModel[] {
    return sheet.charts;
  }

  protected _itemTarget(chart: ChartModel, sheet: SheetModel): ChartTarget {
    return { sheet, chart };
  }

  protected _makeItem(member: string, args: unknown[], resolver: () => ChartTarget | null): SimChart {
    return new SimChart(this.context, this, member, args, resolver);
  }

  protected _matches(model: ChartModel, key: string): boolean {
    return model.name.toLowerCase() === key.toLowerCase() || model.id === key;
  }

  add(type: string, sourceData: SimRange, seriesBy?: string): SimChart {
    const created = this._makeItem('add', [type, sourceData, seriesBy], () => null);
    this._call('add', [type, sourceData, seriesBy], (sheet) => {
      const source = sourceData._target();
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        id: this._model.newId(),
        name: `Chart ${n}`,
        type: String(type),
        sourceAddress: formatAddress(source.sheet.name, source.rect),
        seriesBy: seriesBy ?? 'Auto',
        title: '',
        top: 0,
        left: 0,
        width: 360,
        height: 216,
      };
      sheet.charts.push(chart);
      created._bind({ sheet, chart });
    });
    return created;
  }
}

export class SimChart extends SimClientObject<ChartTarget> {
  get _className(): string {
    return 'Chart';
  }

  override _props(): PropTable<ChartTarget> {
    return CHART_PROPS;
  }

  protected override _alive(t: ChartTarget): boolean {
    return t.sheet.charts.includes(t.chart);
  }

  protected override _navigation(): Record<string, () => AnyProxy> {
    return { title: () => this.title };
  }

  get title(): SimChartTitle {
    return this._child('title', () => new SimChartTitle(this.context, this, 'title', [], () => this._target()));
  }

  /** Positions by cells, with the default cell size (48×15 points) for top/left/width/height. */
  setPosition(startCell: SimRange | string, endCell?: SimRange | string): void {
    this._call('setPosition', [startCell, endCell], ({ chart }) => {
      const rectOf = (c: SimRange | string) => (typeof c === 'string' ? parseRect(splitSheet(c).local) : c._target().rect);
      const start = rectOf(startCell);
      const end = endCell === undefined ? start : rectOf(endCell);
      if (end.row < start.row || end.col < start.col) throw simError('InvalidArgument', 'The end cell is above or left of the start cell.');
      chart.startCell = formatAddress('x', start).slice(2);
      chart.endCell = formatAddress('x', end).slice(2);
      chart.top = start.row * CELL_HEIGHT;
      chart.left = start.col * CELL_WIDTH;
      chart.width = (end.col + end.cols - start.col) * CELL_WIDTH;
      chart.height = (end.row + end.rows - start.row) * CELL_HEIGHT;
    });
  }

  delete(): void {
    this._call('delete', [], ({ sheet, chart }) => {
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

const CHART_PROPS: PropTable<ChartTarget> = {
  id: { get: (t) => t.chart.id },
  name: { get: (t) => t.chart.name, set: (t, v) => (t.chart.name = String(v)) },
  chartType: { get: (t) => t.chart.type, set: (t, v) => (t.chart.type = String(v)) },
  top: { get: (t) => t.chart.top, set: (t, v) => (t.chart.top = Number(v)) },
  left: { get: (t) => t.chart.left, set: (t, v) => (t.chart.left = Number(v)) },
  width: { get: (t) => t.chart.width, set: (t, v) => (t.chart.width = Number(v)) },
  height: { get: (t) => t.chart.height, set: (t, v) => (t.chart.height = Number(v)) },
};

export class SimChartTitle extends SimClientObject<ChartTarget> {
  get _className(): string {
    return 'ChartTitle';
  }

  override _props(): PropTable<ChartTarget> {
    return TITLE_PROPS;
  }
}

const TITLE_PROPS: PropTable<ChartTarget> = {
  text: { get: (t) => t.chart.title, set: (t, v) => (t.chart.title = String(v)) },
  visible: { get: (t) => t.chart.title !== '', set: () => undefined },
};

defineProps(SimChart, CHART_PROPS);
defineProps(SimChartTitle, TITLE_PROPS);
