import { msg, type Msg } from '../../messages';
import { TTHC_HEADERS } from '../../contract/tables';
import { hasAny, hasPhrase } from './headerKey';

/** What a column of a Biểu 06 export holds, whatever its position. */
export type ExportField =
  | 'stt'
  | 'field'
  | 'receivedTotal'
  | 'newReceived'
  | 'online'
  | 'inPerson'
  | 'postal'
  | 'carriedOver'
  | 'resolvedTotal'
  | 'early'
  | 'onTime'
  | 'late'
  | 'pendingTotal'
  | 'pendingWithin'
  | 'pendingOverdue'
  | 'returned';

/** The export's counts: imported or checked. */
export type CountField = Exclude<ExportField, 'stt' | 'field'>;

/** A count column as the TTHC table stores it (several export columns may add up into one). */
export type ImportedCount = 'online' | 'inPerson' | 'carriedOver' | 'early' | 'onTime' | 'late' | 'pendingWithin' | 'pendingOverdue' | 'returned';

export const IMPORTED_COUNTS: readonly ImportedCount[] = [
  'online',
  'inPerson',
  'carriedOver',
  'early',
  'onTime',
  'late',
  'pendingWithin',
  'pendingOverdue',
  'returned',
];

/** The TTHC column each export field goes to; totals are the table's own formulas, only checked. */
export const TARGET_OF: Record<CountField, ImportedCount | null> = {
  receivedTotal: null,
  newReceived: null,
  online: 'online',
  inPerson: 'inPerson',
  postal: 'inPerson',
  carriedOver: 'carriedOver',
  resolvedTotal: null,
  early: 'early',
  onTime: 'onTime',
  late: 'late',
  pendingTotal: null,
  pendingWithin: 'pendingWithin',
  pendingOverdue: 'pendingOverdue',
  returned: 'returned',
};

export const TTHC_HEADER_OF: Record<ImportedCount | 'field', string> = {
  field: TTHC_HEADERS.field,
  online: TTHC_HEADERS.online,
  inPerson: TTHC_HEADERS.inPerson,
  carriedOver: TTHC_HEADERS.carriedOver,
  early: TTHC_HEADERS.early,
  onTime: TTHC_HEADERS.onTime,
  late: TTHC_HEADERS.late,
  pendingWithin: TTHC_HEADERS.pendingWithin,
  pendingOverdue: TTHC_HEADERS.pendingOverdue,
  returned: TTHC_HEADERS.returned,
};

/** The totals the table computes itself: the export's own are checked against their parts. */
export const TOTAL_PARTS: Partial<Record<CountField, readonly CountField[]>> = {
  receivedTotal: ['online', 'inPerson', 'postal', 'carriedOver'],
  newReceived: ['online', 'inPerson', 'postal'],
  resolvedTotal: ['early', 'onTime', 'late'],
  pendingTotal: ['pendingWithin', 'pendingOverdue'],
};

/** Fields an import cannot do without (the TTHC table's required columns). */
export const REQUIRED_FIELDS: readonly ExportField[] = ['field', 'online', 'carriedOver', 'early', 'onTime', 'late', 'pendingWithin', 'pendingOverdue'];

/** Where a field's column goes, for the mapping preview. */
export function targetMessage(field: ExportField): Msg {
  if (field === 'stt') return msg('import.target.stt');
  if (field === 'field') return msg('import.target.column', { header: TTHC_HEADERS.field });
  const target = TARGET_OF[field];
  if (target === null) {
    const parts = TOTAL_PARTS[field] ?? [];
    const targets = [...new Set(parts.map((p) => TARGET_OF[p]).filter((t): t is ImportedCount => t !== null))];
    return msg('import.target.check', { headers: targets.map((t) => TTHC_HEADER_OF[t]) });
  }
  if (field === 'postal' || field === 'inPerson') return msg('import.target.inPerson', { header: TTHC_HEADER_OF[target] });
  if (field === 'returned') return msg('import.target.returned', { header: TTHC_HEADER_OF[target] });
  return msg('import.target.column', { header: TTHC_HEADER_OF[target] });
}

/** Why a column is read but not imported (a rate, dossiers awaiting additions, early and on time together). */
export type IgnoredReason = 'rate' | 'awaiting' | 'earlyOnTime';

export type Classified = { kind: 'field'; field: ExportField } | { kind: 'ignored'; reason: IgnoredReason } | { kind: 'unknown' };

const RATE = ['ty le', '%', 'phan tram'];
const PENDING = ['dang giai quyet', 'dang xu ly', 'chua giai quyet', 'dang thu ly'];
const RESOLVED = ['da giai quyet', 'da xu ly', 'da tra ket qua', 'ket qua giai quyet', 'giai quyet xong'];
const RECEIVED = ['tiep nhan', 'nhan giai quyet', 'ho so nhan', 'so nhan', 'ky truoc', 'truc tuyen', 'truc tiep', 'buu chinh'];
const RETURNED = ['tra lai', 'rut', 'xin rut', 'tam dung', 'dung giai quyet', 'huy'];
const AWAITING = ['cho bo sung', 'bo sung'];
const TOTAL = ['tong so', 'tong', 'cong'];
const EARLY = ['truoc han', 'som han', 'truoc thoi han'];
const ON_TIME = ['dung han', 'dung thoi han', 'dung hen'];
const LATE = ['qua han', 'tre han', 'qua thoi han', 'cham'];
const WITHIN = ['trong han', 'chua den han', 'chua qua han', 'con han'];

function leafIsTotal(leaf: string): boolean {
  return TOTAL.includes(leaf) || leaf.startsWith('tong so ');
}

/**
 * Classifies a column by the keys of its header texts, top to bottom ("so ho so da giai
 * quyet", "tong so"). Rates and columns the table has no place for are ignored with a
 * reason; a column that matches nothing is "unknown" and the reader says so.
 */
export function classifyColumn(path: readonly string[]): Classified {
  const leaf = path[path.length - 1] ?? '';
  const all = path.join(' ');
  if (/^(stt|tt|so tt|so thu tu)$/.test(leaf)) return { kind: 'field', field: 'stt' };
  if (hasAny(all, RATE)) return { kind: 'ignored', reason: 'rate' };
  if (hasAny(all, AWAITING) && !hasAny(all, LATE) && !hasAny(all, WITHIN)) {
    return { kind: 'ignored', reason: 'awaiting' };
  }
  if (hasAny(all, RETURNED)) return { kind: 'field', field: 'returned' };
  if (hasAny(all, PENDING)) {
    if (hasAny(all, WITHIN)) return { kind: 'field', field: 'pendingWithin' };
    if (hasAny(all, LATE)) return { kind: 'field', field: 'pendingOverdue' };
    if (leafIsTotal(leaf) || path.length === 1) return { kind: 'field', field: 'pendingTotal' };
    return { kind: 'unknown' };
  }
  const early = hasAny(all, EARLY);
  const onTime = hasAny(all, ON_TIME);
  if (hasAny(all, RESOLVED) || early || onTime) {
    if (early && onTime) return { kind: 'ignored', reason: 'earlyOnTime' };
    if (early) return { kind: 'field', field: 'early' };
    if (onTime) return { kind: 'field', field: 'onTime' };
    if (hasAny(all, LATE)) return { kind: 'field', field: 'late' };
    if (leafIsTotal(leaf) || path.length === 1) return { kind: 'field', field: 'resolvedTotal' };
    return { kind: 'unknown' };
  }
  if (hasAny(all, RECEIVED)) {
    if (hasPhrase(all, 'ky truoc')) return { kind: 'field', field: 'carriedOver' };
    if (hasAny(all, ['truc tuyen', 'qua mang', 'online', 'dich vu cong'])) return { kind: 'field', field: 'online' };
    if (hasPhrase(all, 'truc tiep')) return { kind: 'field', field: 'inPerson' };
    if (hasPhrase(all, 'buu chinh')) return { kind: 'field', field: 'postal' };
    if (hasAny(all, ['moi tiep nhan', 'trong ky', 'tiep nhan moi'])) return { kind: 'field', field: 'newReceived' };
    if (leafIsTotal(leaf) || path.length === 1) return { kind: 'field', field: 'receivedTotal' };
    return { kind: 'unknown' };
  }
  if (hasAny(all, ['linh vuc', 'don vi', 'co quan', 'ten linh vuc', 'noi dung'])) return { kind: 'field', field: 'field' };
  return { kind: 'unknown' };
}
