/**
 * Award lines (KhenThuong): the title fits the recipient type, the decision falls in the
 * period, the document number is well formed, no line is entered twice, and the catalogue
 * holds the multiplier the amount needs.
 */
import { FirstRows } from './firstRows';
import { AWARD_COUNTERPARTS } from '../../contract/catalogues';
import { RECIPIENT } from '../../contract/tables';
import { recipientTypeOf, type AwardEntry, type RecipientType } from '../catalogueData';
import { dateValue, quoteCell, textValue } from '../cells';
import { at, contractBasis, type Emit, type ValidationContext } from '../context';
import { parseDocumentNumber } from '../documentNumber';
import { formatDateVi } from '../formatVi';
import type { LocatedTable } from '../locatedTable';
import { textKey } from '../textKey';

const DOCUMENT_BASIS = 'Nghị định 30/2020/NĐ-CP, Phụ lục I; Luật Ban hành văn bản quy phạm pháp luật';
const MULTIPLIER_HEADER: Record<RecipientType, string> = {
  'Tập thể': 'Hệ số tập thể',
  'Cá nhân': 'Hệ số cá nhân',
  'Hộ gia đình': 'Hệ số hộ gia đình',
};

function counterpart(award: string, recipient: RecipientType): string | null {
  const key = textKey(award);
  for (const [individual, collective] of AWARD_COUNTERPARTS) {
    if (recipient === RECIPIENT.collective && textKey(individual) === key) return collective;
    if (recipient === RECIPIENT.individual && textKey(collective) === key) return individual;
  }
  return null;
}

function catalogueBasis(entry: AwardEntry, column: string): string {
  return entry.basis ? `${entry.basis} (DM_DanhHieu, cột ${column})` : `Danh mục DM_DanhHieu, cột ${column}`;
}

function checkRecipient(table: LocatedTable, row: number, entry: AwardEntry, recipient: RecipientType, emit: Emit): boolean {
  if (entry.appliesTo.length === 0 || entry.appliesTo.includes(recipient)) return true;
  const other = counterpart(entry.name, recipient);
  const allowed = entry.appliesTo.join(', ');
  emit({
    severity: 'error',
    ...at(table, row, 'award'),
    message: `"${entry.name}" chỉ áp dụng cho ${allowed}, không áp dụng cho ${recipient}.`,
    suggestion: other
      ? `Với ${recipient}, dùng "${other}"; hoặc sửa Đối tượng thành ${allowed}.`
      : `Chọn danh hiệu, hình thức áp dụng cho ${recipient}, hoặc sửa Đối tượng thành ${allowed}.`,
    basis: catalogueBasis(entry, 'Áp dụng cho'),
    rule: 'award.recipientType',
  });
  return false;
}

function checkMultiplier(table: LocatedTable, row: number, entry: AwardEntry, recipient: RecipientType, emit: Emit): void {
  if (entry.multiplier[recipient] !== null) return;
  const column = MULTIPLIER_HEADER[recipient];
  emit({
    severity: 'warning',
    ...at(table, row, table.index.has('unitAmount') ? 'unitAmount' : 'award'),
    message: `Danh mục DM_DanhHieu chưa có ${column} của "${entry.name}", nên không tính được mức thưởng cho ${recipient}.`,
    suggestion: `Nhập ${column} của "${entry.name}" vào DM_DanhHieu theo văn bản quy định (xem Căn cứ).`,
    basis: catalogueBasis(entry, column),
    rule: 'award.multiplierMissing',
  });
}

/** A title used on a date outside its "Hiệu lực từ … đến" window in DM_DanhHieu. */
function checkInForce(table: LocatedTable, row: number, entry: AwardEntry, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date || ((!entry.from || date >= entry.from) && (!entry.to || date <= entry.to))) return;
  const window = `${entry.from ? ` từ ${formatDateVi(entry.from)}` : ''}${entry.to ? ` đến ${formatDateVi(entry.to)}` : ''}`;
  emit({
    severity: 'warning',
    ...at(table, row, 'award'),
    message: `"${entry.name}" chỉ có hiệu lực${window}, nhưng Ngày quyết định là ${formatDateVi(date)}.`,
    suggestion: 'Kiểm tra lại ngày quyết định, tên danh hiệu theo văn bản có hiệu lực tại thời điểm đó, hoặc cột Hiệu lực trong DM_DanhHieu.',
    basis: catalogueBasis(entry, 'Hiệu lực từ, Hiệu lực đến'),
    rule: 'award.notInForce',
  });
}

function checkDecisionDate(ctx: ValidationContext, table: LocatedTable, row: number, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date) return;
  const { from, to, reportDate } = ctx.period;
  const limit = reportDate ?? ctx.today;
  const basis = contractBasis(table.spec.name, 'Ngày quyết định');
  if (limit && date > limit) {
    const what = reportDate ? `Ngày báo cáo ${formatDateVi(reportDate)}` : `ngày kiểm tra ${formatDateVi(limit)}`;
    emit({
      severity: 'error',
      ...at(table, row, 'decisionDate'),
      message: `Ngày quyết định ${formatDateVi(date)} sau ${what}.`,
      suggestion: 'Kiểm tra lại ngày quyết định: báo cáo không thể nêu quyết định ban hành sau ngày báo cáo.',
      basis,
      rule: 'award.dateAfterReport',
    });
  } else if (from && to && (date < from || date > to)) {
    emit({
      severity: 'warning',
      ...at(table, row, 'decisionDate'),
      message: `Ngày quyết định ${formatDateVi(date)} nằm ngoài kỳ báo cáo ${formatDateVi(from)} – ${formatDateVi(to)}.`,
      suggestion: 'Kiểm tra lại ngày, hoặc đưa quyết định này vào báo cáo của kỳ tương ứng.',
      basis,
      rule: 'award.dateOutsidePeriod',
    });
  }
}

function checkDocumentNumber(ctx: ValidationContext, table: LocatedTable, row: number, emit: Emit): void {
  const value = table.cell(row, 'decisionNumber');
  const text = textValue(value);
  if (text === '') return;
  const parsed = parseDocumentNumber(text);
  if (!parsed) {
    emit({
      severity: 'warning',
      ...at(table, row, 'decisionNumber'),
      message: `Số quyết định ${quoteCell(value)} không đúng dạng số/ký hiệu văn bản.`,
      suggestion: 'Ghi theo dạng 123/QĐ-UBND (văn bản hành chính), 09/2022/QĐ-UBND (văn bản quy phạm pháp luật) hoặc 366-QĐ/TW (văn bản của Đảng).',
      basis: DOCUMENT_BASIS,
      rule: 'award.documentNumber',
    });
    return;
  }
  const periodEnd = ctx.period.to;
  if (parsed.year !== null && periodEnd && parsed.year > Number(periodEnd.slice(0, 4))) {
    emit({
      severity: 'warning',
      ...at(table, row, 'decisionNumber'),
      message: `Số quyết định ${quoteCell(value)} ghi năm ${parsed.year}, sau kỳ báo cáo (đến ${formatDateVi(periodEnd)}).`,
      suggestion: 'Kiểm tra lại năm trong số, ký hiệu văn bản.',
      basis: DOCUMENT_BASIS,
      rule: 'award.documentYear',
    });
  }
}

export function checkAwards(ctx: ValidationContext, table: LocatedTable, emit: Emit): void {
  const seen = new FirstRows();
  for (let row = 0; row < table.rowCount; row++) {
    if (!table.hasInput(row)) continue;
    checkDocumentNumber(ctx, table, row, emit);
    checkDecisionDate(ctx, table, row, emit);

    const awardText = textValue(table.cell(row, 'award'));
    const entry = awardText === '' ? undefined : ctx.catalogues.awardByKey.get(textKey(awardText));
    const recipient = recipientTypeOf(table.cell(row, 'recipientType'));
    if (entry) checkInForce(table, row, entry, emit);
    if (entry && recipient && checkRecipient(table, row, entry, recipient, emit)) {
      checkMultiplier(table, row, entry, recipient, emit);
    }

    const name = textValue(table.cell(row, 'recipientName'));
    const decision = textValue(table.cell(row, 'decisionNumber'));
    if (name === '' || awardText === '' || decision === '') continue;
    const first = seen.earlier([name, awardText, decision], row);
    if (first === undefined) continue;
    emit({
      severity: 'warning',
      ...at(table, row, 'recipientName'),
      message: `Dòng này trùng với dòng ở ô ${table.address(first, 'recipientName')}: cùng "${name}", "${awardText}", quyết định "${decision}".`,
      suggestion: 'Xóa dòng trùng, hoặc kiểm tra lại tên, danh hiệu và số quyết định.',
      basis: contractBasis(table.spec.name, 'Tên tập thể / cá nhân'),
      rule: 'award.duplicate',
    });
  }
}
