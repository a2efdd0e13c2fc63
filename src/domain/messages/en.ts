/**
 * English templates, for the pane when Office's display language is not Vietnamese. Workbook
 * names (sheets, column captions, catalogue entries, typed values) are quoted as they are in
 * the workbook; document numbers (98/2023/NĐ-CP) are cited as issued.
 */
import type { Fmt, Msg, Params, Template } from './types';
import { megabytes } from './format';
import type { CheckStep, MessageId } from './vi';

const dates = (f: Fmt, from: string | null, to: string | null) => `${from ? ` from ${f.date(from)}` : ''}${to ? ` to ${f.date(to)}` : ''}`;
/** A validity window: "from 01/01/2024 to 30/06/2025", "at any time" when both ends are open. */
const span = (f: Fmt, from: string | null, to: string | null) => dates(f, from, to).trim() || 'at any time';
const quoted = (f: Fmt, items: readonly string[], sep = '; ') => items.map((i) => f.q(i)).join(sep);
const orList = (f: Fmt, items: readonly string[]) => items.map((i) => f.q(i)).join(' or ');
const signed = (f: Fmt, n: number) => (n > 0 ? `+${f.n(n)}` : f.n(n));
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const sheetOrCatalogue = (p: Params) => (p.cat ? `catalogue "${p.cat}"` : `the table on sheet "${p.sheet}"`);

/** English titles of the figures the pane shows (with their section); others are quoted as the "Tổng hợp" sheet labels them. */
export const FIGURE_TITLES: Readonly<Record<string, string>> = {
  'tthc.received': 'Administrative procedures — dossiers received',
  'tthc.online': 'Administrative procedures — received online',
  'tthc.inPerson': 'Administrative procedures — received in person',
  'tthc.carriedOver': 'Administrative procedures — carried over',
  'tthc.onlineRate': 'Administrative procedures — share received online',
  'tthc.resolved': 'Administrative procedures — dossiers resolved',
  'tthc.early': 'Administrative procedures — resolved early',
  'tthc.onTime': 'Administrative procedures — resolved on time',
  'tthc.late': 'Administrative procedures — resolved late',
  'tthc.earlyRate': 'Administrative procedures — share resolved early',
  'tthc.onTimeRate': 'Administrative procedures — share resolved on time',
  'tthc.lateRate': 'Administrative procedures — share resolved late',
  'tthc.pending': 'Administrative procedures — dossiers pending',
  'tthc.pendingWithin': 'Administrative procedures — pending within the deadline',
  'tthc.pendingOverdue': 'Administrative procedures — pending overdue',
  'tthc.returned': 'Administrative procedures — returned, withdrawn or suspended',
  'awards.total.count': 'Commendations — total number',
  'awards.total.money': 'Commendations — total bonuses (VND)',
  'awards.paidBy.unit': 'Commendations — bonuses paid by the unit (VND)',
  'awards.paidBy.higher': 'Commendations — bonuses paid by higher levels (VND)',
  'ratings.all.excellentRate': 'Quality ratings — share rated excellent (total)',
  'deadlineCuts.procedures': 'Deadline cuts — procedures with a shorter deadline',
  'deadlineCuts.legalDays': 'Deadline cuts — statutory deadlines in all (days)',
  'deadlineCuts.daysCut': 'Deadline cuts — days cut in all',
  'deadlineCuts.cutRate': 'Deadline cuts — share of the statutory deadlines cut',
  'gcn.total.issued': 'Land-use certificates — issued (total)',
  'gcn.total.achievement': 'Land-use certificates — share of the target achieved (total)',
  'targets.count': 'Targets and tasks — number',
  'targets.withPlan': 'Targets and tasks — number with a plan',
  'targets.completed': 'Targets and tasks — number completed',
};

const CHECK_STEPS: Readonly<Record<CheckStep, string>> = {
  header: 'the report header',
  ruleSet: 'the rule set choice',
  tables: 'the data tables',
  catalogues: 'the catalogues',
  structure: 'the workbook structure',
  outsideTable: 'figures outside the tables',
  excelLimits: 'Excel limits',
  hiddenRows: 'hidden and filtered rows',
  computed: 'the computed columns',
  formulas: 'formulas',
  values: 'values',
  rules: 'the sheet’s own rules',
  awardCatalogue: 'the catalogue of titles and forms of commendation',
};

export const EN: Record<MessageId, Template> = {
  'basis.contract': (p) => `Workbook template, sheet "${p.sheet}", column "${p.column}"`,
  'basis.namedCell': (p) => `Workbook template, sheet "${p.sheet}", cell "${p.label}"`,
  'basis.table': (p) => `Workbook template, ${sheetOrCatalogue(p)}`,
  'basis.outsideTable': (p) => `Workbook template, ${sheetOrCatalogue(p)}: only figures inside the table are counted`,
  'basis.computedColumn': (p, f) => `${f.m({ id: 'basis.contract', p })} (computed column)`,
  'basis.list': (p, f) => `${f.m({ id: 'basis.contract', p })} (catalogue "${p.cat}", column "${p.catColumn}"; other names in catalogue "${p.aliasCat}")`,
  'basis.catalogue': (p) => (p.basis ? `"${p.basis}" (catalogue "${p.cat}", column "${p.column}")` : `Catalogue "${p.cat}", column "${p.column}"`),
  'basis.authority': (p, f) => `${f.m({ id: 'law.authority' })}; catalogue "${p.cat}", column "Người có thẩm quyền"`,
  'basis.quota': (p, f) => `${f.m({ id: `law.${p.rule}` })}; parameter "${p.parameter}" = ${f.pct(p.ratio)} (catalogue "${p.cat}")`,
  'basis.withContract': (p, f) => `${f.m(p.law)}; ${f.m({ id: 'basis.contract', p })}`,
  'basis.internal': () => 'The add-in',
  'law.document': () => 'Decree 30/2020/NĐ-CP, Appendix I; Law on the Promulgation of Legal Documents',
  'law.authority': () =>
    'Law on Emulation and Commendation 06/2022/QH15, Chapter IV (authority to decide commendations; Article 80 for department directors, agency heads, district and commune People’s Committee chairs)',
  'law.dossier': (p) => `Circular 01/2020/TT-VPCP, form 06; workbook template, sheet "${p.sheet}", column "Chênh lệch"`,
  'law.land': () => 'Land Law 2024',
  'law.quota.baseEmulation': () => 'Decree 91/2017/NĐ-CP, Article 9(3) (in force until 31/12/2023)',
  'law.quota.excellent': () =>
    'Regulation 366-QĐ/TW of 30/8/2025 of the Politburo (replacing Regulation 124-QĐ/TW); Decree 90/2020/NĐ-CP as amended by ' +
    'Decree 48/2023/NĐ-CP (the 20% share of those rated good: not yet checked against the original text)',
  'law.ruleSet.TDKT-2017': () => 'Law on Emulation and Commendation 2003 (as amended); Decree 91/2017/NĐ-CP',
  'law.ruleSet.TDKT-2024': () => 'Law on Emulation and Commendation 06/2022/QH15; Decree 98/2023/NĐ-CP',
  'law.ruleSet.TDKT-2025': () => 'Law on Emulation and Commendation 06/2022/QH15; Decree 152/2025/NĐ-CP',

  'header.missing': (p) => `The workbook has no "${p.label}" cell on sheet "${p.sheet}" as the template defines it.`,
  'header.missing.fix': () => 'Click "Create template" (or run tongket init) to add the cell again.',
  'header.required': (p) => `"${p.label}" is empty.`,
  'header.required.fix.date': (p) => `Enter "${p.label}" as a date (dd/mm/yyyy).`,
  'header.required.fix.unit': () => 'Enter the full name of the reporting agency or unit.',
  'header.textDate': (p, f) => `"${p.label}" holds the text ${f.v(p.value)}, not a date.${p.ambiguous ? ' Day and month are both ≤ 12: check their order.' : ''}`,
  'header.textDate.fix': (p, f) => `Enter ${f.date(p.date)} again as a date (dd/mm/yyyy).`,
  'header.notDate': (p, f) => `"${p.label}" must be a valid date; the cell holds ${f.v(p.value)}.`,
  'header.periodOrder': (p, f) => `"${p.toLabel}" ${f.date(p.to)} is before "${p.fromLabel}" ${f.date(p.from)}.`,
  'header.periodOrder.fix': () => 'Check the report period: it cannot end before it starts.',
  'header.reportBeforePeriodEnd': (p, f) => `"${p.label}" ${f.date(p.date)} is before the end of the report period, ${f.date(p.end)}.`,
  'header.reportBeforePeriodEnd.fix': () => 'Check the report date or the period: a report is usually made after the period ends.',
  'ruleSet.unknown': (p, f) => `"${p.label}" ${f.v(p.value)} is not a known rule set code.`,
  'ruleSet.unknown.fix': (p) => `Leave it empty or restore its formula to choose by the report period, or enter one of: ${p.ids.join(', ')}.`,

  'structure.tableMissing': (p) =>
    p.cat
      ? `Catalogue "${p.cat}" was not found; the default catalogue is used.`
      : `The data table on sheet "${p.sheet}" was not found; its figures are not checked.`,
  'structure.tableMissing.fix': () => 'Click "Create template" to add the table, or give it back its template name (see the README, workbook template).',
  'structure.columnMissing': (p) =>
    `${p.cat ? `Catalogue "${p.cat}"` : `The table on sheet "${p.sheet}"`} has no "${p.column}" column; the checks and formulas using it cannot run` +
    (p.blocksCompute ? ', so "Compute summary" computes nothing (rather than false zeros).' : '.'),
  'structure.columnMissing.fix': (p) => `Rename the column header back to "${p.column}" (if it was renamed), or click "Create template" to add the column.`,
  'structure.headerSpelling': (p, f) => {
    const what = (h: Params) => (h.kinds as string[]).map((k) => f.m({ id: `headerSpelling.${k}` })).join(', ');
    const consequence = 'Tổng kết still reads the column, but formulas naming it as the template does (yours or Tổng kết\'s) do not find';
    if (p.headers.length === 1) {
      const [h] = p.headers;
      return `Column header ${f.q(h.typed)} of ${sheetOrCatalogue(p)} differs from the template's ${f.q(h.header)} (${what(h)}). ${consequence} it until the header is rewritten.`;
    }
    const list = (p.headers as Params[]).map((h) => `${f.q(h.typed)} (template: ${f.q(h.header)}; ${what(h)})`).join('; ');
    const place = sheetOrCatalogue(p);
    return `${place.charAt(0).toUpperCase()}${place.slice(1)} has ${f.n(p.headers.length)} column headers spelt differently from the template: ${list}. ${consequence} them until the headers are rewritten.`;
  },
  'structure.headerSpelling.fix': () =>
    '"Compute summary" or "Create template" rewrites the headers as the template spells them (formulas in the workbook naming the old header follow); or retype the header.',
  'headerSpelling.spaces': () => 'extra spaces',
  'headerSpelling.otherSpace': () => 'a special space or a line break',
  'headerSpelling.case': () => 'other capitals',
  'headerSpelling.unicode': () => 'accents in another Unicode form',
  'structure.outsideTable': (p, f) => `The cell holding ${f.v(p.value)} lies outside ${p.cat ? `catalogue "${p.cat}"` : 'the table'}, so it is not counted.`,
  'structure.outsideTable.fix': () => 'Extend the table (or insert the row inside it) to include this row, or delete the stray data.',
  'structure.hiddenRows': (p, f) =>
    p.filtered
      ? p.hidden > 0
        ? `The table on sheet "${p.sheet}" is filtered, hiding ${f.plural(p.hidden, 'row', 'rows')}: the "Tổng cộng" row and sheet "Tổng hợp" still add ${p.hidden === 1 ? 'it' : 'them'}.`
        : `The table on sheet "${p.sheet}" has a filter on: the "Tổng cộng" row and sheet "Tổng hợp" still add every row, filtered ones included.`
      : `${f.plural(p.hidden, 'row is', 'rows are')} hidden in the table on sheet "${p.sheet}": the "Tổng cộng" row and sheet "Tổng hợp" still add ${p.hidden === 1 ? 'it' : 'them'}.`,
  'structure.hiddenRows.fix': () =>
    'A year-end report adds every row. Delete a row that does not belong to the report instead of hiding it; clear the filter (Data > Clear) and unhide rows to see every figure that is added.',
  'basis.allRows': () => 'Workbook template: the "Tổng cộng" row and sheet "Tổng hợp" add every row of the table, hidden or filtered ones included (hiding and filtering are only for viewing)',
  'structure.formulaOverwritten': (p, f) => `Cell "${p.column}" holds the typed value ${f.v(p.value)} instead of its formula, so it may not match the figures.`,
  'structure.formulaOverwritten.fix': () => '"Compute summary" restores the formula; if another figure is needed, correct the input columns of this row.',

  'value.required': (p) => `"${p.column}" is missing: the row has figures but this cell is empty.`,
  'value.required.fix.date': (p) => `Enter "${p.column}" (dd/mm/yyyy).`,
  'value.required.fix.list': (p) => `Choose "${p.column}" from the list.`,
  'value.required.fix.number': (p) => `Enter "${p.column}"; write 0 if there is none.`,
  'value.required.fix.text': (p) => `Enter "${p.column}".`,
  'value.formulaWithoutResult': (p, f) =>
    `"${p.column}": formula without a result (${f.q(p.formula)}) — the file was written by a program that does not calculate, so this cell's value cannot be read (it is not taken as empty or 0).`,
  'value.formulaWithoutResult.fix': () => 'Open the file in Excel and save it (Excel calculates formulas when saving), then run again.',
  'value.notNumber': (p, f) => `"${p.column}" must be a number; the cell holds ${f.v(p.value)}.`,
  'value.notNumber.fix': () => 'Enter a number (e.g. 1,234 or 2.5 as your Excel writes numbers); remove words, units and symbols from the cell.',
  'value.notNumber.fix.short': () => 'Enter a number.',
  'value.notInteger': (p, f) => `"${p.column}" must be a whole number; the cell holds ${f.v(p.value)}.`,
  'value.notInteger.fix': (p, f) => `Enter a whole number, e.g. ${f.n(p.example)}.`,
  'value.textNumber': (p, f) => `"${p.column}" holds the text ${f.v(p.value)}, not a number, so it is left out of the totals.`,
  'value.textNumber.fix': (p, f) =>
    `Enter this cell again as the number ${f.n(p.number)}, typed with your Excel's decimal separator (e.g. clear the cell and retype it, or use Data > Text to Columns).`,
  'value.thousandsSeparator': (p, f) =>
    `"${p.column}" must be a whole number; the cell holds ${f.n(p.value)} — a thousands dot may have been read as a decimal point.`,
  'value.thousandsSeparator.fix': (p, f) => `If ${f.n(p.intended)} was meant, enter the number ${p.intended} again.`,
  'value.negative': (p, f) => `"${p.column}" cannot be negative; the cell holds ${f.n(p.value)}.`,
  'value.negative.fix': () => 'Enter a non-negative number; for a decrease, explain it in the "Ghi chú" column.',
  'value.belowMin': (p, f) => `"${p.column}" must be ${f.m({ id: 'value.min', p })}; the cell holds ${f.n(p.value)}.`,
  'value.belowMin.fix': (p, f) => `Enter "${p.column}" ${f.m({ id: 'value.min', p })}, or delete the row if there is no figure.`,
  'value.min': (p, f) => (p.exclusive ? `greater than ${f.n(p.min)}` : `${f.n(p.min)} or more`),
  'value.aboveColumn': (p, f) => `"${p.column}" ${f.n(p.value)} is greater than "${p.limitColumn}" ${f.n(p.limit)}.`,
  'value.aboveColumn.fix': (p, f) => `Check: "${p.column}" cannot exceed "${p.limitColumn}" (${f.n(p.limit)}).`,
  'value.textDate': (p, f) =>
    `"${p.column}" holds the text ${f.v(p.value)}, not a date, so it cannot be computed with.` +
    (p.ambiguous ? ` Day and month are both 12 or less, easy to confuse: read as day ${p.ambiguous.day}, month ${p.ambiguous.month}.` : ''),
  'value.textDate.fix': (p, f) => `Enter ${f.date(p.date)} again as a date (dd/mm/yyyy).`,
  'value.invalidDate': (p, f) => `"${p.column}" ${f.v(p.value)} is not a real date.`,
  'value.invalidDate.fix': () => 'Check the day, month and year (dd/mm/yyyy).',
  'value.invalidSerial': (p, f) => `"${p.column}" ${f.v(p.value)} is not a valid date.`,
  'value.date.fix': () => 'Enter the date as dd/mm/yyyy.',
  'value.notDate': (p, f) => `"${p.column}" must be a date; the cell holds ${f.v(p.value)}.`,
  'value.notDate.fix': () => 'Enter the date as dd/mm/yyyy, e.g. 09/06/2025.',

  'list.spelling': (p, f) =>
    `"${p.column}" ${f.v(p.value)} is read as "${p.entry}" but spelled differently (tone mark placement or Unicode form); ` +
    'Excel’s formulas will not recognise it when computing amounts and totals.',
  'list.spelling.fix': (p) => `Change it to "${p.entry}".`,
  'list.fixed': (p, f) => `"${p.column}" ${f.v(p.value)} is not one of the allowed values (${quoted(f, p.entries)}).`,
  'list.catalogue': (p, f) => `"${p.column}" ${f.v(p.value)} is in neither catalogue "${p.cat}" nor catalogue "${p.aliasCat}".`,
  'list.fix.choose': (p, f) => `Choose one of: ${quoted(f, p.entries)}.`,
  'list.fix.catalogue': (p) => `Choose a value from the catalogue, or add it to catalogue "${p.cat}" on sheet "Danh mục".`,
  'list.fix.one': (p) => `Choose "${p.entry}".`,
  'list.fix.maybe': (p) => `Perhaps "${p.entry}"; or add this spelling to catalogue "${p.aliasCat}" (with the right name in its "Tên trong danh mục" column).`,
  'list.fix.oneOf': (p, f) => `Write one of: ${quoted(f, p.entries)}.`,

  'award.recipientType': (p, f) => `"${p.award}" applies only to ${quoted(f, p.allowed, ', ')}, not to "${p.recipient}".`,
  'award.recipientType.fix': (p, f) =>
    p.other
      ? `For "${p.recipient}", use "${p.other}"; or change "Đối tượng" to ${quoted(f, p.allowed, ', ')}.`
      : `Choose a title or form of commendation for "${p.recipient}", or change "Đối tượng" to ${quoted(f, p.allowed, ', ')}.`,
  'award.cap': (p, f) => `${f.n(p.multiplier)} × ${f.money(p.salary)} = ${f.money(p.cap)}`,
  'award.cappedAmountMissing': (p, f) =>
    `"${p.award}" carries a bonus of at most ${f.m({ id: 'award.cap', p })}; the decision states the amount but this row has none, so no bonus is computed.`,
  'award.cappedAmountMissing.fix': (p) => `Enter the amount stated in the decision in column "${p.column}" (if the decision carries no bonus, leave it empty and add a note).`,
  'award.aboveCap': (p, f) => `The bonus ${f.money(p.amount)} for "${p.award}" exceeds the maximum ${f.m({ id: 'award.cap', p })} on the decision date ${f.date(p.date)}.`,
  'award.aboveCap.fix': () => 'Check the amount in the decision; the bonus cannot exceed the maximum.',
  'award.multiplierMissing': (p, f) =>
    `Catalogue "${p.cat}" has no "${p.column}" for "${p.award}" in the period${dates(f, p.from, p.to)}, so the bonus for "${p.recipient}" cannot be computed.`,
  'award.multiplierMissing.fix': (p) =>
    `Enter the "${p.column}" of "${p.award}" in this period's row of catalogue "${p.cat}" as the regulation states (see the basis), ` +
    `or enter the amount stated in the decision in column "${p.decidedColumn}".`,
  'award.decidedDiffers': (p, f) =>
    `The bonus stated in the decision, ${f.money(p.amount)}, differs from the bonus of "${p.award}" for "${p.recipient}" under ${p.source ? `"${p.source}"` : `catalogue "${p.cat}"`} ` +
    `on the decision date ${f.date(p.date)}: ${f.m({ id: 'award.cap', p })} (a difference of ${f.money(Math.abs(p.amount - p.cap))}). ` +
    `The unit bonus and the total use the amount stated in the decision (${f.money(p.amount)}).`,
  'award.decidedDiffers.fix': (p, f) =>
    `Check the decision: if it states ${f.money(p.cap)}, correct this cell or leave it empty so the formula computes the bonus; ` +
    'if it states this amount, keep it and give the reason in the notes column.',
  'award.periodOverlap': (p, f) =>
    `"${p.award}" has two rows whose validity overlaps: this row (${span(f, p.from, p.to)}) and the row at cell ${p.cell} (${span(f, p.otherFrom, p.otherTo)}). ` +
    `For decisions signed ${span(f, p.overlapFrom, p.overlapTo)}, the formula picks neither row when both give a multiplier for the same recipient type, ` +
    'so the unit bonus stays empty.',
  'award.periodOverlap.fix': (p) =>
    `Correct the validity dates so that the rows of "${p.award}" follow each other without shared days (the later row starting after the earlier one ends), or delete the extra row.`,
  'award.multiplierText': (p, f) =>
    `"${p.column}" of "${p.award}" is text ${f.v(p.value)}, not a number: Excel formulas cannot read it, ` +
    'so the unit bonus of decisions using this row stays empty.',
  'award.multiplierText.fix': (p, f) =>
    p.number !== null
      ? `Type ${f.n(p.number)} again as a number (no leading apostrophe, with the decimal separator of this computer's settings).`
      : 'Enter the multiplier as a number (e.g. 1.5) as the regulation states, or leave it empty if it is not verified.',
  'validation.catalogueList': (p) =>
    `This name is not in the drop-down list. A wording of a decision listed in catalogue "${p.aliasCat}" is accepted: press OK to keep it. ` +
    'Otherwise choose from the list or add it to the catalogue on sheet "Danh mục".',
  'award.notInForce': (p, f) =>
    `"${p.award}" is in force only ${p.windows.map((w: { from: string | null; to: string | null }) => dates(f, w.from, w.to).trim()).join('; ')}, but the decision date is ${f.date(p.date)}.`,
  'award.notInForce.fix': (p) => `Check the decision date, the title as named by the regulation in force then, or the validity columns of catalogue "${p.cat}".`,
  'award.authority': (p, f) => `"${p.award}" is not within the authority of ${f.v(p.signer)}; authorised signers: ${quoted(f, p.authorities)}.`,
  'award.authority.fix': () => 'Check the signer and the title or form of commendation stated in the decision.',
  'award.signerSymbol': (p, f) => `The decision symbol "${p.symbol}" belongs to ${orList(f, p.issuers)}, but "Cấp quyết định" says ${f.v(p.signer)}.`,
  'award.signerSymbol.fix': () => 'Check the decision number and symbol, or the signer.',
  'award.dateAfterReport': (p, f) =>
    `The decision date ${f.date(p.date)} is after ${p.reportDate ? `the report date ${f.date(p.reportDate)}` : `the date of the check ${f.date(p.today)}`}.`,
  'award.dateAfterReport.fix': () => 'Check the decision date: a report cannot cite a decision issued after the report date.',
  'award.dateOutsidePeriod': (p, f) => `The decision date ${f.date(p.date)} is outside the report period ${f.date(p.from)} – ${f.date(p.to)}.`,
  'award.dateOutsidePeriod.fix': () => 'Check the date, or report this decision in the period it belongs to.',
  'award.documentNumber': (p, f) => `Decision number ${f.v(p.value)} is not a well-formed document number and symbol.`,
  'award.documentNumber.fix': () =>
    'Write it as 123/QĐ-UBND (administrative document), 09/2022/QĐ-UBND (legal normative document) or 366-QĐ/TW (Party document).',
  'award.documentYear': (p, f) => `Decision number ${f.v(p.value)} states the year ${p.year}, after the report period (ending ${f.date(p.end)}).`,
  'award.documentYear.fix': () => 'Check the year in the document number.',
  'award.duplicate': (p) => `This row repeats the row at cell ${p.cell}: same "${p.name}", "${p.award}", decision "${p.decision}".`,
  'award.duplicate.fix': () => 'Delete the duplicate row, or check the name, title and decision number.',

  'quota.baseEmulation': (p, f) =>
    `The number of "${p.limitedName}" (${f.n(p.limited)}) exceeds ${f.pct(p.ratio)} of the individuals rated "${p.baseName}" (${f.n(p.base)}): at most ${f.n(p.max)}.`,
  'quota.baseEmulation.fix': (p) => `Check the numbers of "${p.limitedName}" and "${p.baseName}"; if they are right, give the reason in the report.`,
  'quota.excellent': (p, f) =>
    `${p.unit ? `"${p.unit}": the` : 'The'} number rated "Hoàn thành xuất sắc nhiệm vụ" (${f.n(p.excellent)}) exceeds ` +
    `${f.pct(p.ratio)} of those rated "Hoàn thành tốt nhiệm vụ" (${f.n(p.good)}): at most ${f.n(p.max)}` +
    `${p.good > 0 ? ` (now ${f.pct(p.excellent / p.good)} of those rated "Hoàn thành tốt nhiệm vụ")` : ''}.`,
  'quota.excellent.fix': () => 'Check the ratings; if the unit may apply another share, state its basis in the "Ghi chú" column.',

  'dossier.difference': (p, f) =>
    `Received ${f.n(p.received)} ≠ resolved ${f.n(p.resolved)} + pending ${f.n(p.pending)} + ` +
    `returned, withdrawn or suspended ${f.n(p.returned)} (difference ${f.n(p.difference)}).`,
  'dossier.difference.fix': (p, f) =>
    p.difference > 0
      ? `${f.plural(p.difference, 'dossier is', 'dossiers are')} not accounted for: check the resolved and pending counts, or enter the returned, withdrawn or suspended dossiers.`
      : `Resolved and pending dossiers exceed those received by ${f.n(-p.difference)}: check the online, in-person and carried-over counts.`,
  'dossier.shownDifference': (p, f) =>
    `The "Chênh lệch" cell shows ${f.n(p.shown)} although the input figures reconcile: a total cell of this row (received, resolved or pending) ` +
    'holds a typed number instead of its formula.',
  'dossier.shownDifference.fix': () => 'Click "Compute summary" to restore the formulas, or clear the numbers typed in this row’s total cells.',
  'certificate.parcels': (p, f) =>
    `"Số thửa" (${f.n(p.parcels)}) is less than "Số GCN đã cấp" (${f.n(p.issued)}): every certificate covers at least one parcel.`,
  'certificate.parcels.fix': () => 'Check "Số thửa" and "Số GCN đã cấp" (one certificate may cover several parcels, not the other way round).',
  'certificate.area': (p, f) => `${f.plural(p.issued, 'certificate was', 'certificates were')} issued but "Diện tích (ha)" is 0.`,
  'certificate.area.fix': () => 'Enter the area (ha) of the parcels certified.',
  'certificate.duplicate': (p) => `This row repeats the row at cell ${p.cell}: same unit "${p.unit}", recipient "${p.recipient}", registration kind "${p.kind}".`,
  'certificate.duplicate.fix': () => 'Merge the figures into one row, or correct "Đối tượng" / "Loại đăng ký".',

  'excel.cellTooLong': (p, f) =>
    `The cell holds ${f.n(p.count)} characters, more than the ${f.n(p.limit)} an Excel cell can hold: Excel cuts this content or cannot open it.`,
  'excel.cellTooLong.fix': (p, f) => `Shorten the cell (at most ${f.n(p.limit)} characters) and put the long part in an attached document.`,
  'excel.catalogueNameTooLong': (p, f) =>
    `This catalogue name is ${f.n(p.count)} characters long: Excel formulas (MATCH, SUMIFS) only compare names of up to ${f.n(p.limit)} characters, so the rows giving this name are not recognised.`,
  'excel.catalogueNameTooLong.fix': (p, f) => `Shorten the name (at most ${f.n(p.limit)} characters), then choose the new name again in the rows that give it.`,
  'basis.excelLimits': () => 'Excel specifications and limits',

  'caption.table': (p) => {
    const text = p.cat ? `catalogue "${p.cat}"` : p.check ? `the results table on sheet "${p.sheet}"` : `the table on sheet "${p.sheet}"`;
    return p.capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  },
  'caption.namedCell': (p) => `${p.capital ? 'Cell' : 'cell'} "${p.label}" on sheet "${p.sheet}"`,

  'created.sheet': (p) => `Sheet "${p.sheet}"`,
  'created.columns': (p, f) => `Columns ${quoted(f, p.columns, ', ')} in ${f.m(p.table)}`,
  'created.headerRenamed': (p) => `Column header "${p.from}" of the table on sheet "${p.sheet}" respelled as the template has it: "${p.to}"`,
  'setup.newerFormat': (p) =>
    `This workbook follows template version ${p.version}, newer than version ${p.current} of this add-in; update the add-in. Nothing was changed.`,
  'setup.catalogueColumnsMissing': (p, f) => `Catalogue "${p.cat}" lacks the columns ${quoted(f, p.columns, ', ')}; the rules use default values.`,
  'setup.catalogueBlocked': (p) => `Range ${p.range} of sheet "${p.sheet}" already holds data; catalogue "${p.cat}" was not created. The rules use default values.`,
  'setup.tableElsewhere': (p) => `The data table of sheet "${p.sheet}" is on sheet "${p.other}"; it is kept there, no new table was created.`,
  'setup.tableBlocked': (p) =>
    `Range ${p.range} of sheet "${p.sheet}" already holds data or another table; no table was created, to overwrite nothing. Move that data or create the table on an empty sheet.`,
  'setup.columnsRenamed': (p, f) =>
    `The table on sheet "${p.sheet}" lacks the columns ${quoted(f, p.missing, ', ')} and has unknown columns ${quoted(f, p.foreign, ', ')} — ` +
    'the headers may have been renamed. Restore the headers as in the template; no column was added.',
  'setup.columnsBlocked': (p, f) => `Columns ${quoted(f, p.columns, ', ')} could not be added to the table on sheet "${p.sheet}": the cells to its right hold data.`,
  'setup.columnOrder': (p) => `The columns of the table on sheet "${p.sheet}" are in another order than the template's; they are still read by header, but should be put back in order.`,
  'setup.namedCellBlocked': (p) =>
    `Cell "${p.label}" on sheet "${p.sheet}" is missing and cells ${p.range} of that sheet hold data; ` +
    `give the cell holding "${p.label}" the name "${p.name}" (Formulas > Define Name).`,
  'setup.checkSheetBusy': (p) => `Sheet "${p.sheet}" already holds data; the check results table was not created.`,
  'setup.summaryNotOurs': (p) =>
    `A sheet "${p.sheet}" exists that this add-in did not create; nothing is written to it. Rename that sheet, then click again to let the add-in create its own "${p.sheet}" sheet.`,

  'totals.skipped': (p) => `No totals row was added to the table on sheet "${p.sheet}": the row just below it holds data. Move that data into the table or elsewhere.`,
  'crossCheck.value': (p, f) => (p.value === null || p.value === '' ? '(empty)' : typeof p.value === 'number' ? f.n(p.value) : String(p.value)),
  'crossCheck.mismatch': (p, f) =>
    `Excel computed ${f.m({ id: 'crossCheck.value', p: { value: p.actual } })} but the add-in computed ${f.m({ id: 'crossCheck.value', p: { value: p.expected } })} for ${f.m({ id: 'figure.title', p })}.`,
  'crossCheck.mismatch.fix': () => 'Check the formula of this cell and its source cells (a formula typed over, manual calculation, regional settings).',
  'basis.crossCheck': () => 'Comparison of the results after Excel recalculated ("Compute summary")',
  'figure.title': (p) => FIGURE_TITLES[p.key] ?? `"${p.title}"`,

  'internal.checkFailed': (p, f) => `The check of ${f.m(p.step)} could not finish (${p.error}).`,
  'check.step': (p) => (p.sheet ? `${CHECK_STEPS[p.kind as CheckStep]} on sheet "${p.sheet}"` : CHECK_STEPS[p.kind as CheckStep]),
  'internal.checkFailed.fix': () => 'Report this to the developers with the workbook; the other checks still have results.',
  /** a text produced outside the template tables, shown as it is */
  'verbatim': (p) => String(p.text),
  'finding.repeated': (p, f) =>
    `${f.m(p.first)} The same at ${f.plural(p.count, 'other cell', 'other cells')}: ${p.cells.join(', ')}${p.more > 0 ? ` and ${p.more} more` : ''}.`,

  'import.basis': () => 'Biểu số II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP)',
  'import.column': (p) => `column ${p.number} "${p.header}"`,
  'import.row': (p) => `Row "${p.name}" (row ${p.row} of the export)`,
  'import.identity': (p, f) =>
    `${f.m(p.row)}: ${f.m(p.column)} says ${f.n(p.stated)}, but ${p.parts.join(' + ')} = ${f.n(p.sum)} (difference ${signed(f, p.stated - p.sum)}).`,
  'import.identity.fix': () =>
    'The one-stop system’s figures do not add up; check them against the system before using them in the report. The TTHC table computes its totals from the parts.',
  'import.total': (p, f) =>
    `${f.m(p.row)}: ${f.m(p.column)} says ${f.n(p.stated)}, but the ${f.plural(p.members, p.group ? 'row of its group adds' : 'data row adds', p.group ? 'rows of its group add' : 'data rows add')} up to ${f.n(p.sum)} (difference ${signed(f, p.stated - p.sum)}).`,
  'import.total.fix': () => 'The export’s total does not equal the sum of its rows; check it against the one-stop system. The TTHC table adds up the imported rows itself.',
  'import.unnamedRow': (p) => `Row ${p.row} of the export has figures but no field or unit name; it is not imported.`,
  'import.unnamedRow.fix': () => 'Fill in the field or unit name in the export and import again, or type this row into the TTHC table.',
  'import.blankAsZero': (p, f) => `${capital(f.m(p.column))}: ${f.plural(p.count, 'blank cell', 'blank cells')} (${p.rows.length === 1 ? 'row' : 'rows'} ${p.rows.join(', ')}) imported as 0.`,
  'import.blankAsZero.fix': () => 'If a blank cell does not mean 0, correct the figure in the TTHC table after the import.',
  'import.unreadable': (p, f) => `Row "${p.name}", ${f.m(p.column)}: the number ${f.v(p.text)} cannot be read; this cell is left empty in the TTHC table.`,
  'import.unreadable.fix': () => 'Correct the number in the export (or type it into the TTHC table), then check again.',
  'import.notCount': (p, f) => `Row "${p.name}", ${f.m(p.column)}: ${f.n(p.value)} is not a number of dossiers (a whole number, not negative).`,
  'import.notCount.fix': () => 'Check the one-stop system’s figures.',
  'import.unknownColumn': (p, f) => `${capital(f.m(p.column))} is not recognised; its figures are not imported.`,
  'import.unknownColumn.fix': () => 'If the report needs this column, type it into the TTHC table.',
  'import.totalsRows': (p) => `The export has ${p.count} totals rows; only row ${p.first} is checked.`,
  'import.handTyped': (p) =>
    `Row "${p.name}" of the export is not imported: the TTHC table already has a row "${p.name}" typed by hand (${p.cell}); Tổng kết never overwrites typed figures.`,
  'import.handTyped.fix': () => 'To take the export’s figures, delete (or rename) the typed row, then import again.',
  'import.stale': (p) => `Row "${p.name}" was imported from Biểu 06 before but is not in this export; it is kept as it is.`,
  'import.stale.fix': () => 'Delete this row if the field or unit has no figures in this report period.',
  'import.noTable': () => 'The workbook has no TTHC table; click "Create template" (tongket init), then import again.',
  'import.tableColumnMissing': (p) => `The TTHC table has no "${p.header}" column; click "Create template" (tongket init), then import again.`,
  'import.noRoom': (p, f) =>
    `No room to add ${f.plural(p.count, 'row', 'rows')} to the TTHC table: row ${p.row}, just below the table, holds data. Move that data, then import again.`,
  'import.newerFormat': () => 'The workbook follows a newer template than this version of Tổng kết; update the add-in.',
  'import.onSheet': (p, f) => `Sheet "${p.sheet}": ${f.m(p.problem)}`,
  'import.unknownColumns': (p, f) => (p.columns.length > 0 ? ` Columns not recognised: ${p.columns.map((c: Msg) => f.m(c)).join('; ')}.` : ''),
  'import.fieldMissing': (p, f) =>
    `no "${p.field}" column was found in the export (needed for column "${p.target}" of the TTHC table).${f.m({ id: 'import.unknownColumns', p: { columns: p.unknown } })}`,
  'import.fieldTwice': (p, f) =>
    `${p.count} columns are all read as "${p.field}": ${p.columns.map((c: Msg) => f.m(c)).join('; ')}; there is no telling which one to take.`,
  'import.noRows': () => 'the Biểu 06 headers were recognised but there is no data row.',
  'import.notFound': (p) =>
    `No Biểu 06 table was found in "${p.file}": it needs a header row with an STT or "Lĩnh vực" column and columns of dossiers received, resolved and pending.`,
  'import.file.xls': (p) =>
    `"${p.file}" is an Excel 97-2003 (.xls) file or a password-protected one; open it in Excel, remove the password if any, save it as .xlsx (Excel Workbook) and choose that file.`,
  'import.file.notXlsx': (p) => `"${p.file}" is not an Excel .xlsx file.`,
  'import.file.corrupt': (p) => `"${p.file}" is damaged and cannot be read (${p.error}); try opening it in Excel and saving it again.`,
  'import.target.stt': () => 'not imported (the TTHC table numbers its rows)',
  'import.target.column': (p) => `"${p.header}"`,
  'import.target.check': (p, f) => `not imported, used for the check (the TTHC table computes it = ${quoted(f, p.headers, ' + ')})`,
  'import.target.inPerson': (p) => `"${p.header}" (in person and postal added)`,
  'import.target.returned': (p) => `"${p.header}" (returned, withdrawn and suspended columns added)`,
  'import.target.ignored.rate': () => 'ignored: a rate — the TTHC table computes its rates from the dossier counts',
  'import.target.ignored.awaiting': () => 'ignored: dossiers awaiting additions — the TTHC table has no such column',
  'import.target.ignored.earlyOnTime': () => 'ignored: early and on time in one column — the TTHC table needs them apart',
  'import.target.unknown': () => 'ignored: column not recognised',

  'merge.period': (p, f) => (p.from && p.to ? `${f.date(p.from)} – ${f.date(p.to)}` : 'no valid report period'),
  'merge.unitName': (p) => (p.unit ? `"${p.file}" ("${p.unit}")` : `"${p.file}"`),
  'merge.newerFormat': (p, f) =>
    `Workbook ${f.m({ id: 'merge.unitName', p })} follows template version ${p.version}, newer than version ${p.current} of this Tổng kết; update the add-in.`,
  'merge.targetNewer': (p) => `The consolidated workbook follows template version ${p.version}, newer than version ${p.current} of this Tổng kết; update the add-in.`,
  'merge.openNewer': (p) => `The open workbook follows template version ${p.version}, newer than version ${p.current} of this Tổng kết; update the add-in.`,
  'merge.noUnit': (p, f) =>
    `Workbook ${f.m({ id: 'merge.unitName', p })} has no reporting unit (cell "${p.label}" on sheet "${p.sheet}" is empty): there is no telling whose figures these are.`,
  'merge.twice': (p) => `Unit "${p.unit}" comes with two workbooks in one merge: "${p.earlier}" and "${p.file}"; merge one workbook per unit.`,
  'merge.noPeriod': (p, f) =>
    `Workbook ${f.m({ id: 'merge.unitName', p })} has no valid report period (cells "${p.fromLabel}", "${p.toLabel}"); the period to merge is ${p.reference ? f.m({ id: 'merge.period', p: p.reference }) : 'not known yet'}.`,
  'merge.otherPeriod': (p, f) =>
    `Workbook ${f.m({ id: 'merge.unitName', p })} reports on ${f.m({ id: 'merge.period', p: p.period })}, not on ${f.m({ id: 'merge.period', p: p.reference })} as ` +
    `${p.firstFile ? `the first workbook "${p.firstFile}" does` : 'the consolidated workbook does'}.`,
  'merge.noTable': (p) => `The consolidated workbook has no table on sheet "${p.sheet}"; click "Create template" (tongket init) for it.`,
  'merge.noUnitColumn': (p) => `The table on sheet "${p.sheet}" of the consolidated workbook has no "${p.column}" column; click "Create template" (tongket init) to upgrade the workbook.`,
  'merge.nothing': () => 'No unit workbook to merge.',
  'merge.growthBlocked': (p, f) =>
    `The table on sheet "${p.sheet}" needs ${f.plural(p.extra, 'more row', 'more rows')} but row ${p.row}, just below it, holds data; move that data, then merge again.`,
  'merge.catalogue.entry': (p, f) => `"${p.label}"${p.since ? ` (in force from ${f.date(p.since)})` : ''}`,
  'merge.catalogue.extra': (p, f) => `catalogue "${p.cat}" has an entry ${f.m({ id: 'merge.catalogue.entry', p: p.entry })} that the consolidated workbook lacks`,
  'merge.catalogue.value': (p, f) =>
    `catalogue "${p.cat}", ${f.m({ id: 'merge.catalogue.entry', p: p.entry })}, "${p.column}": ${p.value === null ? '(empty)' : f.n(p.value)} ` +
    `(consolidated workbook: ${p.ours === null ? '(empty)' : f.n(p.ours)})`,
  'compare.newerFormat': (p) => `Last year’s workbook "${p.file}" follows template version ${p.version}, newer than version ${p.current} of this Tổng kết; update the add-in.`,
  'compare.noPeriod': (p) => `This workbook has no report period (cell "${p.label}"): there is no telling which year to compare with.`,
  'compare.previousNoPeriod': (p) => `Last year’s workbook "${p.file}" has no valid report period (cell "${p.label}").`,
  'compare.notEarlier': (p, f) =>
    `"${p.file}" reports on ${f.m({ id: 'merge.period', p: p.then })}, which is not a year before ${f.m({ id: 'merge.period', p: p.now })}; ` +
    `choose the workbook of ${p.year} or earlier.`,

  'file.xls': (p) => `"${p.file}" is an Excel 97-2003 (.xls) file or a password-protected one; open it in Excel, remove the password if any, and save it as .xlsx.`,
  'file.notXlsx': (p) => `"${p.file}" is not an Excel .xlsx file.`,
  'file.noWorkbookPart': (p) => `"${p.file}" is not an Excel .xlsx file (it has no workbook part).`,
  'file.corrupt': (p) => `"${p.file}" is damaged and cannot be read; try opening it in Excel and saving it again.`,
  'file.tooLarge': (p, f) => `"${p.file}" was not read: ${f.m(p.detail)}. A normal Excel file never is; open it in Excel and save it again.`,
  'zip.total': (p, f) => `once decompressed, its parts would take ${megabytes(p.total, f)}, beyond the ${megabytes(p.limit, f)} Tổng kết reads`,
  'zip.ratio': (p, f) =>
    `part "${p.part}" is ${megabytes(p.compressed, f)} compressed but ${megabytes(p.size, f)} decompressed (${f.n(p.ratio)} times, ` +
    `the limit is ${f.n(p.limit)} times), the mark of a file made to exhaust memory`,
  'zip.lyingSize': (p, f) => `part "${p.part}" decompresses to more than the ${megabytes(p.size, f)} its file directory states: the file is damaged or made to exhaust memory`,
  'file.caseDuplicate': (p) =>
    `"${p.file}" has two tables whose names differ only in case (Excel does not tell them apart): "${p.first}" on sheet "${p.firstSheet}" and ` +
    `"${p.second}" on sheet "${p.secondSheet}". Rename one of them in Excel (select a cell of the table, Table Design → Table Name), then try again.`,
};
