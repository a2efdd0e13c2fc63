/**
 * Award lines (KhenThuong): the title fits the recipient type and its signer, the decision
 * falls in the period, the document number is well formed and agrees with the signer, no line
 * is entered twice, and the catalogue row in force on the decision date gives the amount (or
 * caps the amount the decision states).
 */
import { FirstRows } from './firstRows';
import { AWARD_COUNTERPARTS, SIGNER } from '../../contract/catalogues';
import { RECIPIENT } from '../../contract/tables';
import {
  baseSalaryOn,
  periodsOn,
  recipientTypeOf,
  resolveAward,
  signerIdentity,
  type AwardEntry,
  type Catalogues,
  type RecipientType,
} from '../catalogueData';
import { dateValue, numericValue, quoteCell, textValue } from '../cells';
import { at, contractBasis, type Emit, type ValidationContext } from '../context';
import { parseDocumentNumber } from '../documentNumber';
import { formatDateVi, formatMoneyVi } from '../formatVi';
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

function window(from: string | null, to: string | null): string {
  return `${from ? ` từ ${formatDateVi(from)}` : ''}${to ? ` đến ${formatDateVi(to)}` : ''}`;
}

/**
 * The money of the row: the DM_DanhHieu row in force on the decision date must give a
 * multiplier for the recipient type, or — for a "không quá" award — the decision's amount must
 * be typed and stay within the cap. Nothing is computed as 0 in silence.
 */
function checkMoney(ctx: ValidationContext, table: LocatedTable, row: number, entry: AwardEntry, recipient: RecipientType, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date) return;
  const period = periodsOn(entry, date)[0];
  if (!period) return;
  const decidedCell = table.index.has('decidedAmount') ? table.cell(row, 'decidedAmount') : null;
  const decided = textValue(decidedCell) === '' ? null : numericValue(decidedCell);
  const column = MULTIPLIER_HEADER[recipient];
  if (period.cap !== null && recipient === RECIPIENT.individual) {
    const salary = baseSalaryOn(ctx.catalogues, date);
    if (salary === null) return;
    const cap = Math.ceil((period.cap * salary) / 10000) * 10000;
    const capText = `${String(period.cap).replace('.', ',')} × ${formatMoneyVi(salary)} = ${formatMoneyVi(cap)}`;
    const basis = catalogueBasis({ ...entry, basis: period.basis }, 'Hệ số tối đa (cá nhân)');
    if (decided === null) {
      emit({
        severity: 'warning',
        ...at(table, row, table.index.has('decidedAmount') ? 'decidedAmount' : 'award'),
        message: `"${entry.name}" kèm tiền thưởng không quá ${capText}; quyết định ghi số tiền cụ thể nhưng dòng này chưa có, nên chưa tính tiền thưởng.`,
        suggestion: 'Nhập số tiền ghi trong quyết định vào cột "Tiền thưởng theo quyết định (đồng)" (bỏ trống nếu quyết định không kèm tiền thưởng thì ghi chú lại).',
        basis,
        rule: 'award.cappedAmountMissing',
      });
    } else if (decided > cap) {
      emit({
        severity: 'error',
        ...at(table, row, 'decidedAmount'),
        message: `Tiền thưởng ${formatMoneyVi(decided)} của "${entry.name}" vượt mức tối đa ${capText} tại ngày quyết định ${formatDateVi(date)}.`,
        suggestion: 'Kiểm tra lại số tiền trong quyết định; mức thưởng không được vượt mức tối đa.',
        basis,
        rule: 'award.aboveCap',
      });
    }
    return;
  }
  if (period.multiplier[recipient] !== null || decided !== null) return;
  emit({
    severity: 'warning',
    ...at(table, row, table.index.has('unitAmount') ? 'unitAmount' : 'award'),
    message: `Danh mục DM_DanhHieu chưa có ${column} của "${entry.name}" cho thời kỳ${window(period.from, period.to)}, nên không tính được mức thưởng cho ${recipient}.`,
    suggestion: `Nhập ${column} của "${entry.name}" vào dòng thời kỳ này của DM_DanhHieu theo văn bản quy định (xem Căn cứ), hoặc nhập số tiền ghi trong quyết định vào cột "Tiền thưởng theo quyết định (đồng)".`,
    basis: catalogueBasis({ ...entry, basis: period.basis }, column),
    rule: 'award.multiplierMissing',
  });
}

/** An award used on a date no row of DM_DanhHieu covers ("Hiệu lực từ … đến"). */
function checkInForce(table: LocatedTable, row: number, entry: AwardEntry, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date || periodsOn(entry, date).length > 0) return;
  const windows = entry.periods.map((p) => window(p.from, p.to).trim()).join('; ');
  emit({
    severity: 'warning',
    ...at(table, row, 'award'),
    message: `"${entry.name}" chỉ có hiệu lực ${windows}, nhưng Ngày quyết định là ${formatDateVi(date)}.`,
    suggestion: 'Kiểm tra lại ngày quyết định, tên danh hiệu theo văn bản có hiệu lực tại thời điểm đó, hoặc cột Hiệu lực trong DM_DanhHieu.',
    basis: catalogueBasis(entry, 'Hiệu lực từ, Hiệu lực đến'),
    rule: 'award.notInForce',
  });
}

const AUTHORITY_BASIS = 'Luật Thi đua, khen thưởng 06/2022/QH15, Chương IV (thẩm quyền quyết định khen thưởng; Điều 80 với Giám đốc Sở, thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã)';

/** The signer may not award this form or title (a Giám đốc Sở signing a Bằng khen of the Thủ tướng). */
function checkAuthority(catalogues: Catalogues, table: LocatedTable, row: number, entry: AwardEntry, emit: Emit): void {
  if (!table.index.has('authority') || entry.authorities.length === 0) return;
  const typed = textValue(table.cell(row, 'authority'));
  if (typed === '') return;
  const signer = signerIdentity(catalogues, typed);
  if (signer === null) return;
  const allowed = entry.authorities.map((a) => signerIdentity(catalogues, a) ?? textKey(a));
  if (allowed.includes(signer)) return;
  emit({
    severity: 'error',
    ...at(table, row, 'authority'),
    message: `"${entry.name}" không thuộc thẩm quyền của ${quoteCell(table.cell(row, 'authority'))}; người có thẩm quyền: ${entry.authorities.join('; ')}.`,
    suggestion: 'Kiểm tra lại người ký và tên danh hiệu, hình thức ghi trong quyết định.',
    basis: `${AUTHORITY_BASIS}; DM_DanhHieu, cột Người có thẩm quyền`,
    rule: 'award.authority',
  });
}

/** The issuer in a document symbol and the signers who issue under it (NĐ 30/2020 Phụ lục I). */
const ISSUERS: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^TTg$/, [SIGNER.primeMinister]],
  [/^CTN$/, [SIGNER.president]],
  [/^UBND$/, [SIGNER.province, SIGNER.district, SIGNER.commune]],
  [/^B[A-ZĐ]{2,}$/, [SIGNER.minister]],
  [/^S[A-ZĐ]{2,}$/, [SIGNER.department, SIGNER.agencyHead]],
];

/** A decision number whose symbol names another issuer than the signer (QĐ-TTg signed by a Giám đốc Sở). */
function checkSymbolAgainstSigner(catalogues: Catalogues, table: LocatedTable, row: number, emit: Emit): void {
  if (!table.index.has('authority')) return;
  const parsed = parseDocumentNumber(textValue(table.cell(row, 'decisionNumber')));
  const typed = textValue(table.cell(row, 'authority'));
  if (!parsed || parsed.form === 'party' || typed === '') return;
  const signer = signerIdentity(catalogues, typed);
  if (signer === null) return;
  // Only a decision's symbol names its issuer after the type ("QĐ-TTg"); a letter's first part
  // is the issuer and the second the drafting office ("STNMT-BVMT").
  const [type, issuer] = parsed.symbol.split('-');
  if (textKey(type ?? '') !== textKey('QĐ') || !issuer) return;
  const rule = ISSUERS.find(([pattern]) => pattern.test(issuer));
  if (!rule || rule[1].some((s) => textKey(s) === signer)) return;
  emit({
    severity: 'warning',
    ...at(table, row, 'decisionNumber'),
    message: `Ký hiệu "${parsed.symbol}" của quyết định là của ${rule[1].join(' hoặc ')}, nhưng Cấp quyết định ghi ${quoteCell(table.cell(row, 'authority'))}.`,
    suggestion: 'Kiểm tra lại số, ký hiệu quyết định hoặc người ký.',
    basis: DOCUMENT_BASIS,
    rule: 'award.signerSymbol',
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
    checkSymbolAgainstSigner(ctx.catalogues, table, row, emit);
    checkDecisionDate(ctx, table, row, emit);

    const awardText = textValue(table.cell(row, 'award'));
    const entry = awardText === '' ? undefined : resolveAward(ctx.catalogues, awardText);
    const recipient = recipientTypeOf(table.cell(row, 'recipientType'));
    if (entry) {
      checkInForce(table, row, entry, emit);
      checkAuthority(ctx.catalogues, table, row, entry, emit);
    }
    if (entry && recipient && checkRecipient(table, row, entry, recipient, emit)) {
      checkMoney(ctx, table, row, entry, recipient, emit);
    }

    const name = textValue(table.cell(row, 'recipientName'));
    const decision = textValue(table.cell(row, 'decisionNumber'));
    if (name === '' || awardText === '' || decision === '') continue;
    const first = seen.earlier([name, entry?.name ?? awardText, decision], row);
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
