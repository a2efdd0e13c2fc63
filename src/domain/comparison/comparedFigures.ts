/** The key figures compared with last year: counts change in %, rates in percentage points. */
export interface ComparedFigure {
  /** the summary figure's key */
  key: string;
  /** how the figure reads in a sentence ("số hồ sơ tiếp nhận") */
  phrase: string;
  kind: 'count' | 'rate';
  /** what a count counts ("hồ sơ"), for sentences */
  unit?: string;
}

export const COMPARED_FIGURES: readonly ComparedFigure[] = [
  { key: 'awards.total.count', phrase: 'số lượng khen thưởng', kind: 'count', unit: 'lượt' },
  { key: 'awards.total.money', phrase: 'tổng số tiền thưởng', kind: 'count', unit: 'đồng' },
  { key: 'ratings.all.excellentRate', phrase: 'tỷ lệ hoàn thành xuất sắc nhiệm vụ', kind: 'rate' },
  { key: 'tthc.received', phrase: 'số hồ sơ thủ tục hành chính tiếp nhận', kind: 'count', unit: 'hồ sơ' },
  { key: 'tthc.resolved', phrase: 'số hồ sơ đã giải quyết', kind: 'count', unit: 'hồ sơ' },
  { key: 'tthc.onlineRate', phrase: 'tỷ lệ hồ sơ tiếp nhận trực tuyến', kind: 'rate' },
  { key: 'tthc.earlyOrOnTimeRate', phrase: 'tỷ lệ giải quyết trước và đúng hạn', kind: 'rate' },
  { key: 'deadlineCuts.cutRate', phrase: 'tỷ lệ cắt giảm thời hạn giải quyết', kind: 'rate' },
  { key: 'gcn.total.issued', phrase: 'số giấy chứng nhận đã cấp', kind: 'count', unit: 'giấy chứng nhận' },
];
