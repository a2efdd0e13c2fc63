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
  type AwardPeriod,
  type Catalogues,
  type RecipientType,
} from '../catalogueData';
import { dateValue, numericValue, textValue } from '../cells';
import { at, contractBasis, type Emit, type ValidationContext } from '../context';
import { parseDocumentNumber } from '../documentNumber';
import { finding } from '../makeFinding';
import { catalogueTitle } from '../../contract/captions';
import { msg, type Msg } from '../../messages';
import type { LocatedTable } from '../locatedTable';
import { textKey } from '../textKey';
import { BONUS_ROUNDING } from '../../compute/awards';
import { excelCeiling, excelRound } from '../../compute/functions';

const DOCUMENT_BASIS = msg('law.document');
const DECIDED_COLUMN = 'Tiền thưởng theo quyết định (đồng)';
/** DM_DanhHieu as the Danh mục sheet titles it. */
const AWARDS_CATALOGUE = catalogueTitle('DM_DanhHieu');
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

function catalogueBasis(entry: AwardEntry, column: string): Msg {
  return msg('basis.catalogue', { basis: entry.basis || null, cat: AWARDS_CATALOGUE, column });
}

function checkRecipient(table: LocatedTable, row: number, entry: AwardEntry, recipient: RecipientType, emit: Emit): boolean {
  if (entry.appliesTo.length === 0 || entry.appliesTo.includes(recipient)) return true;
  const other = counterpart(entry.name, recipient);
  const allowed = [...entry.appliesTo];
  emit(finding(at(table, row, 'award'), 'error', 'award.recipientType', msg('award.recipientType', { award: entry.name, allowed, recipient }),
    msg('award.recipientType.fix', { recipient, other, allowed }), catalogueBasis(entry, 'Áp dụng cho')));
  return false;
}

/**
 * The money of the row: the DM_DanhHieu row in force on the decision date must give a
 * multiplier for the recipient type, or — for a "không quá" award — the decision's amount must
 * be typed and stay within the cap. Nothing is computed as 0 in silence.
 */
function checkMoney(ctx: ValidationContext, table: LocatedTable, row: number, entry: AwardEntry, recipient: RecipientType, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date) return;
  const inForce = periodsOn(entry, date);
  const period = inForce[0];
  if (!period) return;
  const decidedCell = table.index.has('decidedAmount') ? table.cell(row, 'decidedAmount') : null;
  const decided = textValue(decidedCell) === '' ? null : numericValue(decidedCell);
  const column = MULTIPLIER_HEADER[recipient];
  if (period.cap !== null && recipient === RECIPIENT.individual) {
    const salary = baseSalaryOn(ctx.catalogues, date);
    if (salary === null) return;
    const cap = Math.ceil((period.cap * salary) / 10000) * 10000;
    const capParams = { multiplier: period.cap, salary, cap, award: entry.name };
    const basis = catalogueBasis({ ...entry, basis: period.basis }, 'Hệ số tối đa (cá nhân)');
    if (decided === null) {
      emit(finding(at(table, row, table.index.has('decidedAmount') ? 'decidedAmount' : 'award'), 'warning', 'award.cappedAmountMissing',
        msg('award.cappedAmountMissing', capParams), msg('award.cappedAmountMissing.fix', { column: DECIDED_COLUMN }), basis));
    } else if (decided > cap) {
      emit(finding(at(table, row, 'decidedAmount'), 'error', 'award.aboveCap', msg('award.aboveCap', { ...capParams, amount: decided, date }),
        msg('award.aboveCap.fix'), basis));
    }
    return;
  }
  // The formula takes the multiplier only when exactly one row in force gives one (an overlap is reported on the catalogue).
  const priced = inForce.filter((p) => p.multiplier[recipient] !== null);
  if (decided !== null) {
    if (priced.length === 1) checkDecidedAmount(ctx, table, row, entry, recipient, priced[0], decided, date, emit);
    return;
  }
  if (priced.length > 0) return;
  const p = { cat: AWARDS_CATALOGUE, column, award: entry.name, from: period.from, to: period.to, recipient, decidedColumn: DECIDED_COLUMN };
  emit(finding(at(table, row, table.index.has('unitAmount') ? 'unitAmount' : 'award'), 'warning', 'award.multiplierMissing',
    msg('award.multiplierMissing', p), msg('award.multiplierMissing.fix', p), catalogueBasis({ ...entry, basis: period.basis }, column)));
}

/**
 * A typed "Tiền thưởng theo quyết định" for an award whose decree fixes the multiplier: it
 * should equal hệ số × lương cơ sở rounded up to 10.000 đồng (the contract's formula). The
 * typed amount stays what Mức thưởng and Thành tiền use (the decision is what is paid), but a
 * difference is said, with both amounts and the article. Awards paid "không quá" a cap and
 * those carrying no money (hệ số 0) state their own amount: not compared.
 */
function checkDecidedAmount(
  ctx: ValidationContext,
  table: LocatedTable,
  row: number,
  entry: AwardEntry,
  recipient: RecipientType,
  period: AwardPeriod,
  decided: number,
  date: string,
  emit: Emit,
): void {
  const multiplier = period.multiplier[recipient];
  if (multiplier === null || multiplier <= 0 || period.cap !== null) return;
  const salary = baseSalaryOn(ctx.catalogues, date);
  if (salary === null) return;
  const computed = excelCeiling(excelRound(multiplier * salary, 0), BONUS_ROUNDING);
  if (decided === computed) return;
  const column = MULTIPLIER_HEADER[recipient];
  const source = period.basis.split(';')[0].trim();
  emit(finding(at(table, row, 'decidedAmount'), 'warning', 'award.decidedDiffers',
    msg('award.decidedDiffers', { award: entry.name, recipient, date, amount: decided, multiplier, salary, cap: computed, source: source || null, cat: AWARDS_CATALOGUE }),
    msg('award.decidedDiffers.fix', { cap: computed }), catalogueBasis({ ...entry, basis: period.basis }, column)));
}

/** An award used on a date no row of DM_DanhHieu covers ("Hiệu lực từ … đến"). */
function checkInForce(table: LocatedTable, row: number, entry: AwardEntry, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date || periodsOn(entry, date).length > 0) return;
  const windows = entry.periods.map((p) => ({ from: p.from, to: p.to }));
  emit(finding(at(table, row, 'award'), 'warning', 'award.notInForce', msg('award.notInForce', { award: entry.name, windows, date }),
    msg('award.notInForce.fix', { cat: AWARDS_CATALOGUE }), catalogueBasis(entry, 'Hiệu lực từ, Hiệu lực đến')));
}

/** The signer may not award this form or title (a Giám đốc Sở signing a Bằng khen of the Thủ tướng). */
function checkAuthority(catalogues: Catalogues, table: LocatedTable, row: number, entry: AwardEntry, emit: Emit): void {
  if (!table.index.has('authority') || entry.authorities.length === 0) return;
  const typed = textValue(table.cell(row, 'authority'));
  if (typed === '') return;
  const signer = signerIdentity(catalogues, typed);
  if (signer === null) return;
  const allowed = entry.authorities.map((a) => signerIdentity(catalogues, a) ?? textKey(a));
  if (allowed.includes(signer)) return;
  emit(finding(at(table, row, 'authority'), 'error', 'award.authority',
    msg('award.authority', { award: entry.name, signer: table.cell(row, 'authority'), authorities: [...entry.authorities] }),
    msg('award.authority.fix'), msg('basis.authority', { cat: AWARDS_CATALOGUE })));
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
  emit(finding(at(table, row, 'decisionNumber'), 'warning', 'award.signerSymbol',
    msg('award.signerSymbol', { symbol: parsed.symbol, issuers: [...rule[1]], signer: table.cell(row, 'authority') }),
    msg('award.signerSymbol.fix'), DOCUMENT_BASIS));
}

function checkDecisionDate(ctx: ValidationContext, table: LocatedTable, row: number, emit: Emit): void {
  const date = dateValue(table.cell(row, 'decisionDate'));
  if (!date) return;
  const { from, to, reportDate } = ctx.period;
  const limit = reportDate ?? ctx.today;
  const basis = contractBasis(table, 'Ngày quyết định');
  if (limit && date > limit) {
    emit(finding(at(table, row, 'decisionDate'), 'error', 'award.dateAfterReport', msg('award.dateAfterReport', { date, reportDate, today: limit }),
      msg('award.dateAfterReport.fix'), basis));
  } else if (from && to && (date < from || date > to)) {
    emit(finding(at(table, row, 'decisionDate'), 'warning', 'award.dateOutsidePeriod', msg('award.dateOutsidePeriod', { date, from, to }),
      msg('award.dateOutsidePeriod.fix'), basis));
  }
}

function checkDocumentNumber(ctx: ValidationContext, table: LocatedTable, row: number, emit: Emit): void {
  const value = table.cell(row, 'decisionNumber');
  const text = textValue(value);
  if (text === '') return;
  const parsed = parseDocumentNumber(text);
  if (!parsed) {
    emit(finding(at(table, row, 'decisionNumber'), 'warning', 'award.documentNumber', msg('award.documentNumber', { value }),
      msg('award.documentNumber.fix'), DOCUMENT_BASIS));
    return;
  }
  const periodEnd = ctx.period.to;
  if (parsed.year !== null && periodEnd && parsed.year > Number(periodEnd.slice(0, 4))) {
    emit(finding(at(table, row, 'decisionNumber'), 'warning', 'award.documentYear', msg('award.documentYear', { value, year: parsed.year, end: periodEnd }),
      msg('award.documentYear.fix'), DOCUMENT_BASIS));
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
    emit(finding(at(table, row, 'recipientName'), 'warning', 'award.duplicate',
      msg('award.duplicate', { cell: table.address(first, 'recipientName'), name, award: awardText, decision }),
      msg('award.duplicate.fix'), contractBasis(table, 'Tên tập thể / cá nhân')));
  }
}
