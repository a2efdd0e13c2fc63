/** Charts are stored as a description (type, source, title, position); nothing is drawn. */
export interface ChartModel {
  id: string;
  name: string;
  type: string;
  sourceAddress: string;
  seriesBy: string;
  title: string;
  top: number;
  left: number;
  width: number;
  height: number;
  startCell?: string;
  endCell?: string;
}
