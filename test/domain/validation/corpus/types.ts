import type { Severity } from '../../../../src/domain/validation';
import type { SnapshotOptions } from '../../../helpers/snapshot';

export interface ExpectedFinding {
  severity: Severity;
  sheet: string;
  cell: string;
  rule: string;
  /** substrings the message must contain */
  message?: readonly string[];
  /** substrings the message must not contain */
  notMessage?: readonly string[];
  suggestion?: readonly string[];
  basis?: readonly string[];
}

export interface CorpusCase {
  name: string;
  /** the rule the case is about; a case whose expected list lacks it is that rule's passing case */
  covers: string;
  /** patch applied to the clean empty workbook */
  workbook: SnapshotOptions;
  today?: string;
  /** every finding of the case, in reading order */
  expected: readonly ExpectedFinding[];
  ruleSet?: { id: string; source: 'period' | 'override' | 'default' };
}

export const SHEET = {
  info: 'Thông tin',
  awards: 'Khen thưởng',
  ratings: 'Xếp loại',
  dossiers: 'TTHC',
  cuts: 'Cắt giảm TTHC',
  certificates: 'GCN',
  targets: 'Chỉ tiêu',
  catalogues: 'Danh mục',
} as const;
