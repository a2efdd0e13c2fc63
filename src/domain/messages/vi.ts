/**
 * Vietnamese templates: the text of findings and labels as the workbook, the CLI and the
 * Vietnamese pane show them. Every id here has an English template in ./en.ts.
 */
import type { Fmt, Msg, Params, Template } from './types';
import { megabytes } from './format';

const dates = (f: Fmt, from: string | null, to: string | null) => `${from ? ` từ ${f.date(from)}` : ''}${to ? ` đến ${f.date(to)}` : ''}`;
/** A validity window: "từ 01/01/2024 đến 30/06/2025", "mọi thời điểm" when both ends are open. */
const span = (f: Fmt, from: string | null, to: string | null) => dates(f, from, to).trim() || 'mọi thời điểm';
const quoted = (f: Fmt, items: readonly string[], sep = '; ') => items.map((i) => f.q(i)).join(sep);
const signed = (f: Fmt, n: number) => (n > 0 ? `+${f.n(n)}` : f.n(n));
const sheetOrCatalogue = (p: Params) => (p.cat ? `danh mục "${p.cat}"` : `bảng ở trang "${p.sheet}"`);

/** The validator's steps, as a clerk would name what was being checked. */
const CHECK_STEPS = {
  header: 'thông tin báo cáo',
  ruleSet: 'chọn bộ quy tắc',
  tables: 'tìm các bảng số liệu',
  catalogues: 'đọc danh mục',
  structure: 'cấu trúc sổ',
  outsideTable: 'số liệu ngoài bảng',
  excelLimits: 'giới hạn của Excel',
  hiddenRows: 'dòng ẩn, dòng lọc',
  computed: 'tính các cột tự động',
  formulas: 'công thức',
  values: 'giá trị',
  rules: 'quy tắc riêng của trang',
  awardCatalogue: 'danh mục danh hiệu, hình thức khen thưởng',
} as const;
export type CheckStep = keyof typeof CHECK_STEPS;

export const VI = {
  // ── places and bases ──
  'basis.contract': (p: Params) => `Mẫu sổ Tổng kết, trang "${p.sheet}", cột ${p.column}`,
  'basis.namedCell': (p: Params) => `Mẫu sổ Tổng kết, trang "${p.sheet}", ô ${p.label}`,
  'basis.table': (p: Params) => `Mẫu sổ Tổng kết, ${sheetOrCatalogue(p)}`,
  'basis.outsideTable': (p: Params) => `Mẫu sổ Tổng kết, ${sheetOrCatalogue(p)}: chỉ số liệu trong bảng được tính`,
  'basis.computedColumn': (p: Params, f: Fmt) => `${f.m({ id: 'basis.contract', p })} (cột tính tự động)`,
  'basis.list': (p: Params, f: Fmt) =>
    `${f.m({ id: 'basis.contract', p })} (danh mục "${p.cat}", cột ${p.catColumn}; tên gọi khác ở danh mục "${p.aliasCat}")`,
  'basis.catalogue': (p: Params) => (p.basis ? `${p.basis} (danh mục "${p.cat}", cột ${p.column})` : `Danh mục "${p.cat}", cột ${p.column}`),
  'basis.authority': (p: Params, f: Fmt) => `${f.m({ id: 'law.authority' })}; danh mục "${p.cat}", cột Người có thẩm quyền`,
  'basis.quota': (p: Params, f: Fmt) => `${f.m({ id: `law.${p.rule}` })}; tham số "${p.parameter}" = ${f.pct(p.ratio)} (danh mục "${p.cat}")`,
  'basis.withContract': (p: Params, f: Fmt) => `${f.m(p.law)}; ${f.m({ id: 'basis.contract', p })}`,
  'basis.internal': () => 'Tổng kết',
  'law.document': () => 'Nghị định 30/2020/NĐ-CP, Phụ lục I; Luật Ban hành văn bản quy phạm pháp luật',
  'law.authority': () =>
    'Luật Thi đua, khen thưởng 06/2022/QH15, Chương IV (thẩm quyền quyết định khen thưởng; Điều 80 với Giám đốc Sở, thủ trưởng cơ quan, Chủ tịch UBND cấp huyện, cấp xã)',
  'law.dossier': (p: Params) => `Thông tư 01/2020/TT-VPCP, Biểu 06; Mẫu sổ Tổng kết, trang "${p.sheet}", cột Chênh lệch`,
  'law.land': () => 'Luật Đất đai 2024',
  'law.quota.baseEmulation': () => 'Nghị định 91/2017/NĐ-CP Điều 9 khoản 3 (áp dụng đến 31/12/2023)',
  'law.quota.excellent': () =>
    'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị (thay Quy định 124-QĐ/TW); Nghị định 90/2020/NĐ-CP, sửa đổi, bổ sung bởi ' +
    'Nghị định 48/2023/NĐ-CP (tỷ lệ 20% trên số hoàn thành tốt: chưa đối chiếu nguyên văn)',
  'law.ruleSet.TDKT-2017': () => 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung); Nghị định 91/2017/NĐ-CP',
  'law.ruleSet.TDKT-2024': () => 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP',
  'law.ruleSet.TDKT-2025': () => 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 152/2025/NĐ-CP',

  // ── report header (Thông tin) ──
  'header.missing': (p: Params) => `Sổ không có ô "${p.label}" trên trang "${p.sheet}" theo mẫu.`,
  'header.missing.fix': () => 'Bấm "Tạo bảng mẫu" (hoặc chạy tongket init) để tạo lại ô này theo mẫu.',
  'header.required': (p: Params) => `Chưa nhập ${p.label}.`,
  'header.required.fix.date': (p: Params) => `Nhập ${p.label} theo định dạng dd/mm/yyyy.`,
  'header.required.fix.unit': () => 'Nhập tên đầy đủ của cơ quan, đơn vị báo cáo, ví dụ "Sở Nông nghiệp và Môi trường".',
  'header.textDate': (p: Params, f: Fmt) =>
    `${p.label} đang là văn bản ${f.v(p.value)}, không phải ngày.${p.ambiguous ? ' Ngày và tháng đều ≤ 12: kiểm tra lại thứ tự ngày/tháng.' : ''}`,
  'header.textDate.fix': (p: Params, f: Fmt) => `Nhập lại ${f.date(p.date)} dưới dạng ngày (dd/mm/yyyy).`,
  'header.notDate': (p: Params, f: Fmt) => `${p.label} phải là một ngày hợp lệ; ô đang có ${f.v(p.value)}.`,
  'header.periodOrder': (p: Params, f: Fmt) => `${p.toLabel} ${f.date(p.to)} trước ${p.fromLabel} ${f.date(p.from)}.`,
  'header.periodOrder.fix': () => 'Kiểm tra lại kỳ báo cáo: ngày kết thúc không được trước ngày bắt đầu.',
  'header.reportBeforePeriodEnd': (p: Params, f: Fmt) => `${p.label} ${f.date(p.date)} trước ngày kết thúc kỳ báo cáo ${f.date(p.end)}.`,
  'header.reportBeforePeriodEnd.fix': () => 'Kiểm tra lại ngày báo cáo hoặc kỳ báo cáo: báo cáo thường được lập sau khi kết thúc kỳ.',
  'ruleSet.unknown': (p: Params, f: Fmt) => `${p.label} ${f.v(p.value)} không phải mã bộ quy tắc đã biết.`,
  'ruleSet.unknown.fix': (p: Params) =>
    `Để trống hoặc khôi phục công thức để tự chọn theo kỳ báo cáo, hoặc nhập một trong các mã: ${p.ids.join(', ')}.`,

  // ── structure ──
  'structure.tableMissing': (p: Params) =>
    p.cat
      ? `Không tìm thấy danh mục "${p.cat}"; đang dùng danh mục mặc định.`
      : `Không tìm thấy bảng số liệu trên trang "${p.sheet}"; số liệu của bảng này không được kiểm tra.`,
  'structure.tableMissing.fix': () => 'Bấm "Tạo bảng mẫu" để bổ sung bảng theo mẫu, hoặc đặt lại đúng tên bảng (xem README, mục Mẫu sổ tính).',
  'structure.columnMissing': (p: Params) =>
    `${p.cat ? `Danh mục "${p.cat}"` : `Bảng ở trang "${p.sheet}"`} thiếu cột "${p.column}"; các kiểm tra và công thức dùng cột này không thực hiện được` +
    (p.blocksCompute ? ', nên "Tính tổng hợp" không tính (để không ra số 0 sai).' : '.'),
  'structure.columnMissing.fix': (p: Params) =>
    `Sửa lại tiêu đề cột cho đúng "${p.column}" (nếu đã bị đổi tên), hoặc bấm "Tạo bảng mẫu" để thêm cột.`,
  'structure.headerSpelling': (p: Params, f: Fmt) => {
    const what = (h: Params) => (h.kinds as string[]).map((k) => f.m({ id: `headerSpelling.${k}` })).join(', ');
    const place = p.cat ? `danh mục "${p.cat}"` : `bảng ở trang "${p.sheet}"`;
    const consequence = 'Tổng kết vẫn hiểu đúng cột, nhưng công thức gọi cột theo tên mẫu (do người lập biểu hay Tổng kết viết) chưa tìm thấy';
    if (p.headers.length === 1) {
      const [h] = p.headers;
      return `Tiêu đề cột ${f.q(h.typed)} của ${place} viết khác tên mẫu ${f.q(h.header)} (${what(h)}). ${consequence} cột này cho đến khi tiêu đề được viết lại.`;
    }
    const list = (p.headers as Params[]).map((h) => `${f.q(h.typed)} (mẫu: ${f.q(h.header)}; ${what(h)})`).join('; ');
    return `${place.charAt(0).toUpperCase()}${place.slice(1)} có ${f.n(p.headers.length)} tiêu đề cột viết khác tên mẫu: ${list}. ${consequence} các cột này cho đến khi tiêu đề được viết lại.`;
  },
  'structure.headerSpelling.fix': () =>
    '"Tính tổng hợp" hoặc "Tạo bảng mẫu" tự viết lại tiêu đề đúng tên mẫu (công thức trong sổ đang gọi tên cũ được đổi theo); hoặc gõ lại tiêu đề cho đúng.',
  'headerSpelling.spaces': () => 'thừa khoảng trắng',
  'headerSpelling.otherSpace': () => 'có khoảng trắng đặc biệt hoặc xuống dòng',
  'headerSpelling.case': () => 'khác chữ hoa, chữ thường',
  'headerSpelling.unicode': () => 'dấu gõ theo bảng mã khác (Unicode tổ hợp)',
  'structure.outsideTable': (p: Params, f: Fmt) => `Ô có dữ liệu ${f.v(p.value)} nằm ngoài ${p.cat ? `danh mục "${p.cat}"` : 'bảng'} nên không được tính.`,
  'structure.outsideTable.fix': () => 'Kéo dãn bảng (hoặc chèn dòng trong bảng) để bao gồm dòng này, hoặc xóa dữ liệu thừa.',
  'structure.hiddenRows': (p: Params, f: Fmt) =>
    p.filtered
      ? p.hidden > 0
        ? `Bảng ở trang "${p.sheet}" đang lọc, ẩn ${f.n(p.hidden)} dòng: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả ${f.n(p.hidden)} dòng này.`
        : `Bảng ở trang "${p.sheet}" đang bật bộ lọc: dòng Tổng cộng và trang Tổng hợp vẫn cộng mọi dòng, kể cả dòng bị lọc.`
      : `Bảng ở trang "${p.sheet}" có ${f.n(p.hidden)} dòng đang ẩn: dòng Tổng cộng và trang Tổng hợp vẫn cộng cả ${f.n(p.hidden)} dòng này.`,
  'structure.hiddenRows.fix': () =>
    'Báo cáo năm cộng mọi dòng. Dòng không thuộc báo cáo thì xóa đi thay vì ẩn; bỏ lọc (Dữ liệu > Xóa) và bỏ ẩn dòng để thấy đủ số liệu được cộng.',
  'basis.allRows': () => 'Mẫu sổ Tổng kết: dòng Tổng cộng và trang Tổng hợp cộng mọi dòng của bảng, kể cả dòng đang ẩn hoặc bị lọc (ẩn, lọc chỉ để xem)',
  'structure.formulaOverwritten': (p: Params, f: Fmt) =>
    `Ô ${p.column} đang là giá trị gõ tay ${f.v(p.value)} thay cho công thức, nên có thể không khớp với số liệu.`,
  'structure.formulaOverwritten.fix': () => '"Tính tổng hợp" sẽ khôi phục công thức; nếu cần số khác, sửa các cột nhập liệu của dòng này.',

  // ── cell values ──
  'value.required': (p: Params) => `Thiếu ${p.column}: dòng đã có số liệu nhưng ô này để trống.`,
  'value.required.fix.date': (p: Params) => `Nhập ${p.column} (dd/mm/yyyy).`,
  'value.required.fix.list': (p: Params) => `Chọn ${p.column} trong danh sách.`,
  'value.required.fix.number': (p: Params) => `Nhập ${p.column}; ghi 0 nếu không có.`,
  'value.required.fix.text': (p: Params) => `Nhập ${p.column}.`,
  'value.formulaWithoutResult': (p: Params) =>
    `${p.column}: công thức chưa có kết quả (${p.formula}) — tệp được ghi bởi chương trình không tính công thức, nên không đọc được giá trị của ô này (không coi là để trống hay 0).`,
  'value.formulaWithoutResult.fix': () => 'Mở tệp trong Excel và lưu lại (Excel tính công thức khi lưu), rồi chạy lại.',
  'value.notNumber': (p: Params, f: Fmt) => `${p.column} phải là số; ô đang có ${f.v(p.value)}.`,
  'value.notNumber.fix': () => 'Nhập một số (ví dụ 1.234 hoặc 2,5); bỏ chữ, đơn vị tính và ký hiệu khỏi ô.',
  'value.notNumber.fix.short': () => 'Nhập một số.',
  'value.notInteger': (p: Params, f: Fmt) => `${p.column} phải là số nguyên; ô đang có ${f.v(p.value)}.`,
  'value.notInteger.fix': (p: Params, f: Fmt) => `Nhập một số nguyên, ví dụ ${f.n(p.example)}.`,
  'value.textNumber': (p: Params, f: Fmt) => `${p.column} đang là văn bản ${f.v(p.value)}, không phải số, nên không được cộng vào tổng.`,
  'value.textNumber.fix': (p: Params, f: Fmt) =>
    `Nhập lại ô này thành số ${f.n(p.number)}, gõ theo dấu thập phân của Excel trên máy ` +
    '(ví dụ xóa ô rồi gõ lại, hoặc dùng Dữ liệu > Văn bản thành cột).',
  'value.thousandsSeparator': (p: Params, f: Fmt) =>
    `${p.column} phải là số nguyên; ô đang có ${f.n(p.value)} — có thể dấu chấm phân cách hàng nghìn đã bị đọc thành dấu thập phân.`,
  'value.thousandsSeparator.fix': (p: Params, f: Fmt) => `Nếu ý là ${f.n(p.intended)}, nhập lại số ${p.intended}.`,
  'value.negative': (p: Params, f: Fmt) => `${p.column} không được âm; ô đang có ${f.n(p.value)}.`,
  'value.negative.fix': () => 'Nhập số không âm; nếu là số giảm, ghi giải thích vào cột Ghi chú.',
  'value.belowMin': (p: Params, f: Fmt) => `${p.column} phải ${f.m({ id: 'value.min', p })}; ô đang có ${f.n(p.value)}.`,
  'value.belowMin.fix': (p: Params, f: Fmt) => `Nhập ${p.column} ${f.m({ id: 'value.min', p })}, hoặc xóa dòng nếu không có số liệu.`,
  'value.min': (p: Params, f: Fmt) => (p.exclusive ? `lớn hơn ${f.n(p.min)}` : `từ ${f.n(p.min)} trở lên`),
  'value.aboveColumn': (p: Params, f: Fmt) => `${p.column} ${f.n(p.value)} lớn hơn ${p.limitColumn} ${f.n(p.limit)}.`,
  'value.aboveColumn.fix': (p: Params, f: Fmt) => `Kiểm tra lại: ${p.column} không được lớn hơn ${p.limitColumn} (${f.n(p.limit)}).`,
  'value.textDate': (p: Params, f: Fmt) =>
    `${p.column} đang là văn bản ${f.v(p.value)}, không phải ngày, nên không dùng được để tính toán.` +
    (p.ambiguous ? ` Ngày và tháng đều không quá 12 nên dễ nhầm: đang hiểu là ngày ${p.ambiguous.day} tháng ${p.ambiguous.month}.` : ''),
  'value.textDate.fix': (p: Params, f: Fmt) => `Nhập lại ngày ${f.date(p.date)} dưới dạng ngày (dd/mm/yyyy).`,
  'value.invalidDate': (p: Params, f: Fmt) => `${p.column} ${f.v(p.value)} không phải ngày có thật.`,
  'value.invalidDate.fix': () => 'Kiểm tra lại ngày, tháng, năm (dd/mm/yyyy).',
  'value.invalidSerial': (p: Params, f: Fmt) => `${p.column} ${f.v(p.value)} không phải ngày hợp lệ.`,
  'value.date.fix': () => 'Nhập ngày theo định dạng dd/mm/yyyy.',
  'value.notDate': (p: Params, f: Fmt) => `${p.column} phải là ngày; ô đang có ${f.v(p.value)}.`,
  'value.notDate.fix': () => 'Nhập ngày theo định dạng dd/mm/yyyy, ví dụ 09/06/2025.',

  // ── list columns ──
  'list.spelling': (p: Params, f: Fmt) =>
    `${p.column} ${f.v(p.value)} được hiểu là "${p.entry}" nhưng viết khác (vị trí dấu hoặc dạng mã Unicode); ` +
    'công thức của Excel sẽ không nhận ra giá trị này khi tính mức thưởng và tổng hợp.',
  'list.spelling.fix': (p: Params) => `Sửa thành "${p.entry}".`,
  'list.fixed': (p: Params, f: Fmt) => `${p.column} ${f.v(p.value)} không thuộc danh sách cho phép (${p.entries.join('; ')}).`,
  'list.catalogue': (p: Params, f: Fmt) => `${p.column} ${f.v(p.value)} không có trong danh mục "${p.cat}" và danh mục "${p.aliasCat}".`,
  'list.fix.choose': (p: Params) => `Chọn một trong: ${p.entries.join('; ')}.`,
  'list.fix.catalogue': (p: Params) => `Chọn giá trị trong danh mục hoặc bổ sung vào danh mục "${p.cat}" trên trang Danh mục.`,
  'list.fix.one': (p: Params) => `Chọn "${p.entry}".`,
  'list.fix.maybe': (p: Params) => `Có thể là "${p.entry}"; hoặc thêm cách ghi này vào danh mục "${p.aliasCat}" (cột Tên trong danh mục ghi tên đúng).`,
  'list.fix.oneOf': (p: Params, f: Fmt) => `Ghi rõ một trong: ${quoted(f, p.entries)}.`,

  // ── awards ──
  'award.recipientType': (p: Params) => `"${p.award}" chỉ áp dụng cho ${p.allowed.join(', ')}, không áp dụng cho ${p.recipient}.`,
  'award.recipientType.fix': (p: Params) =>
    p.other
      ? `Với ${p.recipient}, dùng "${p.other}"; hoặc sửa Đối tượng thành ${p.allowed.join(', ')}.`
      : `Chọn danh hiệu, hình thức áp dụng cho ${p.recipient}, hoặc sửa Đối tượng thành ${p.allowed.join(', ')}.`,
  'award.cap': (p: Params, f: Fmt) => `${f.n(p.multiplier)} × ${f.money(p.salary)} = ${f.money(p.cap)}`,
  'award.cappedAmountMissing': (p: Params, f: Fmt) =>
    `"${p.award}" kèm tiền thưởng không quá ${f.m({ id: 'award.cap', p })}; quyết định ghi số tiền cụ thể nhưng dòng này chưa có, nên chưa tính tiền thưởng.`,
  'award.cappedAmountMissing.fix': (p: Params) =>
    `Nhập số tiền ghi trong quyết định vào cột "${p.column}" (bỏ trống nếu quyết định không kèm tiền thưởng thì ghi chú lại).`,
  'award.aboveCap': (p: Params, f: Fmt) =>
    `Tiền thưởng ${f.money(p.amount)} của "${p.award}" vượt mức tối đa ${f.m({ id: 'award.cap', p })} tại ngày quyết định ${f.date(p.date)}.`,
  'award.aboveCap.fix': () => 'Kiểm tra lại số tiền trong quyết định; mức thưởng không được vượt mức tối đa.',
  'award.multiplierMissing': (p: Params, f: Fmt) =>
    `Danh mục "${p.cat}" chưa có ${p.column} của "${p.award}" cho thời kỳ${dates(f, p.from, p.to)}, nên không tính được mức thưởng cho ${p.recipient}.`,
  'award.multiplierMissing.fix': (p: Params) =>
    `Nhập ${p.column} của "${p.award}" vào dòng thời kỳ này của danh mục "${p.cat}" theo văn bản quy định (xem Căn cứ), ` +
    `hoặc nhập số tiền ghi trong quyết định vào cột "${p.decidedColumn}".`,
  'award.decidedDiffers': (p: Params, f: Fmt) =>
    `Tiền thưởng theo quyết định ghi ${f.money(p.amount)}, khác mức thưởng của "${p.award}" cho ${p.recipient} theo ${p.source ? p.source : `danh mục "${p.cat}"`} ` +
    `tại ngày quyết định ${f.date(p.date)}: ${f.m({ id: 'award.cap', p })} (chênh ${f.money(Math.abs(p.amount - p.cap))}). ` +
    `Mức thưởng và Thành tiền dùng số tiền ghi theo quyết định (${f.money(p.amount)}).`,
  'award.decidedDiffers.fix': (p: Params, f: Fmt) =>
    `Đối chiếu với quyết định: nếu quyết định ghi ${f.money(p.cap)}, sửa ô này hoặc để trống để công thức tự tính; ` +
    'nếu quyết định ghi đúng số này, giữ nguyên và nêu lý do ở cột Ghi chú.',
  'award.periodOverlap': (p: Params, f: Fmt) =>
    `"${p.award}" có hai dòng hiệu lực trùng nhau: dòng này (${span(f, p.from, p.to)}) và dòng ở ô ${p.cell} (${span(f, p.otherFrom, p.otherTo)}). ` +
    `Với quyết định ký ${span(f, p.overlapFrom, p.overlapTo)}, công thức không chọn dòng nào khi cả hai dòng cùng ghi hệ số cho một đối tượng, ` +
    'nên Mức thưởng để trống.',
  'award.periodOverlap.fix': (p: Params) =>
    `Sửa Hiệu lực từ, Hiệu lực đến để các dòng của "${p.award}" nối tiếp nhau, không trùng ngày (dòng sau bắt đầu sau ngày dòng trước hết hiệu lực), hoặc xóa dòng thừa.`,
  'award.multiplierText': (p: Params, f: Fmt) =>
    `${p.column} của "${p.award}" đang là chữ ${f.v(p.value)}, không phải số: công thức Excel không đọc được, ` +
    'nên Mức thưởng của các quyết định dùng dòng này để trống.',
  'award.multiplierText.fix': (p: Params, f: Fmt) =>
    p.number !== null
      ? `Gõ lại ${f.n(p.number)} dưới dạng số (không có dấu nháy đơn ở đầu, dấu thập phân theo cài đặt của máy).`
      : 'Nhập hệ số dưới dạng số (ví dụ 1,5) theo văn bản quy định, hoặc để trống nếu chưa xác minh.',
  // ── native validation (the in-cell alert Excel shows) ──
  'validation.catalogueList': (p: Params) =>
    `Tên này không có trong danh sách chọn. Cách ghi trong quyết định đã có ở danh mục "${p.aliasCat}" vẫn được nhận: bấm OK để giữ. ` +
    'Nếu không, chọn trong danh sách hoặc bổ sung danh mục trên trang Danh mục.',
  'award.notInForce': (p: Params, f: Fmt) =>
    `"${p.award}" chỉ có hiệu lực ${p.windows.map((w: { from: string | null; to: string | null }) => dates(f, w.from, w.to).trim()).join('; ')}, nhưng Ngày quyết định là ${f.date(p.date)}.`,
  'award.notInForce.fix': (p: Params) =>
    `Kiểm tra lại ngày quyết định, tên danh hiệu theo văn bản có hiệu lực tại thời điểm đó, hoặc cột Hiệu lực trong danh mục "${p.cat}".`,
  'award.authority': (p: Params, f: Fmt) =>
    `"${p.award}" không thuộc thẩm quyền của ${f.v(p.signer)}; người có thẩm quyền: ${p.authorities.join('; ')}.`,
  'award.authority.fix': () => 'Kiểm tra lại người ký và tên danh hiệu, hình thức ghi trong quyết định.',
  'award.signerSymbol': (p: Params, f: Fmt) =>
    `Ký hiệu "${p.symbol}" của quyết định là của ${p.issuers.join(' hoặc ')}, nhưng Cấp quyết định ghi ${f.v(p.signer)}.`,
  'award.signerSymbol.fix': () => 'Kiểm tra lại số, ký hiệu quyết định hoặc người ký.',
  'award.dateAfterReport': (p: Params, f: Fmt) =>
    `Ngày quyết định ${f.date(p.date)} sau ${p.reportDate ? `Ngày báo cáo ${f.date(p.reportDate)}` : `ngày kiểm tra ${f.date(p.today)}`}.`,
  'award.dateAfterReport.fix': () => 'Kiểm tra lại ngày quyết định: báo cáo không thể nêu quyết định ban hành sau ngày báo cáo.',
  'award.dateOutsidePeriod': (p: Params, f: Fmt) => `Ngày quyết định ${f.date(p.date)} nằm ngoài kỳ báo cáo ${f.date(p.from)} – ${f.date(p.to)}.`,
  'award.dateOutsidePeriod.fix': () => 'Kiểm tra lại ngày, hoặc đưa quyết định này vào báo cáo của kỳ tương ứng.',
  'award.documentNumber': (p: Params, f: Fmt) => `Số quyết định ${f.v(p.value)} không đúng dạng số/ký hiệu văn bản.`,
  'award.documentNumber.fix': () =>
    'Ghi theo dạng 123/QĐ-UBND (văn bản hành chính), 09/2022/QĐ-UBND (văn bản quy phạm pháp luật) hoặc 366-QĐ/TW (văn bản của Đảng).',
  'award.documentYear': (p: Params, f: Fmt) => `Số quyết định ${f.v(p.value)} ghi năm ${p.year}, sau kỳ báo cáo (đến ${f.date(p.end)}).`,
  'award.documentYear.fix': () => 'Kiểm tra lại năm trong số, ký hiệu văn bản.',
  'award.duplicate': (p: Params) => `Dòng này trùng với dòng ở ô ${p.cell}: cùng "${p.name}", "${p.award}", quyết định "${p.decision}".`,
  'award.duplicate.fix': () => 'Xóa dòng trùng, hoặc kiểm tra lại tên, danh hiệu và số quyết định.',

  // ── quotas ──
  'quota.baseEmulation': (p: Params, f: Fmt) =>
    `Số ${p.limitedName} (${f.n(p.limited)}) vượt ${f.pct(p.ratio)} số cá nhân đạt ${p.baseName} (${f.n(p.base)}): tối đa ${f.n(p.max)}.`,
  'quota.baseEmulation.fix': (p: Params) => `Kiểm tra lại số lượng ${p.limitedName} và ${p.baseName}; nếu số liệu đúng, nêu lý do trong báo cáo.`,
  'quota.excellent': (p: Params, f: Fmt) =>
    `${p.unit ? `${p.unit}: s` : 'S'}ố Hoàn thành xuất sắc nhiệm vụ (${f.n(p.excellent)}) vượt ` +
    `${f.pct(p.ratio)} số Hoàn thành tốt nhiệm vụ (${f.n(p.good)}): tối đa ${f.n(p.max)}` +
    `${p.good > 0 ? ` (hiện bằng ${f.pct(p.excellent / p.good)} số Hoàn thành tốt nhiệm vụ)` : ''}.`,
  'quota.excellent.fix': () => 'Kiểm tra lại kết quả xếp loại; nếu đơn vị được áp dụng tỷ lệ khác, ghi rõ căn cứ ở cột Ghi chú.',

  // ── dossiers (TTHC) and certificates (GCN) ──
  'dossier.difference': (p: Params, f: Fmt) =>
    `Tổng số nhận ${f.n(p.received)} ≠ đã giải quyết ${f.n(p.resolved)} + đang giải quyết ${f.n(p.pending)} + ` +
    `trả lại, rút, tạm dừng ${f.n(p.returned)} (chênh lệch ${f.n(p.difference)}).`,
  'dossier.difference.fix': (p: Params, f: Fmt) =>
    p.difference > 0
      ? `Còn ${f.n(p.difference)} hồ sơ chưa được phân loại: kiểm tra số đã giải quyết, đang giải quyết, hoặc ghi số hồ sơ trả lại, rút, tạm dừng.`
      : `Số hồ sơ đã và đang giải quyết vượt số nhận ${f.n(-p.difference)}: kiểm tra số nhận trực tuyến, trực tiếp, từ kỳ trước.`,
  'dossier.shownDifference': (p: Params, f: Fmt) =>
    `Ô Chênh lệch đang hiện ${f.n(p.shown)} dù các số liệu nhập đã khớp: một ô tổng (Tổng số nhận, đã giải quyết hoặc ` +
    'đang giải quyết) của dòng này đã bị gõ đè bằng số thay cho công thức.',
  'dossier.shownDifference.fix': () => 'Bấm "Tính tổng hợp" để khôi phục công thức, hoặc xóa số đã gõ trong các ô tổng của dòng này.',
  'certificate.parcels': (p: Params, f: Fmt) =>
    `Số thửa (${f.n(p.parcels)}) ít hơn Số GCN đã cấp (${f.n(p.issued)}): mỗi giấy chứng nhận gồm ít nhất một thửa đất.`,
  'certificate.parcels.fix': () => 'Kiểm tra lại Số thửa và Số GCN đã cấp (một GCN có thể gồm nhiều thửa, không có chiều ngược lại).',
  'certificate.area': (p: Params, f: Fmt) => `Đã cấp ${f.n(p.issued)} GCN nhưng Diện tích (ha) bằng 0.`,
  'certificate.area.fix': () => 'Nhập diện tích (ha) của các thửa đất đã cấp giấy chứng nhận.',
  'certificate.duplicate': (p: Params) =>
    `Dòng này trùng với dòng ở ô ${p.cell}: cùng đơn vị "${p.unit}", đối tượng "${p.recipient}", loại đăng ký "${p.kind}".`,
  'certificate.duplicate.fix': () => 'Gộp số liệu vào một dòng, hoặc sửa Đối tượng / Loại đăng ký cho đúng.',

  // ── Excel's limits ──
  'excel.cellTooLong': (p: Params, f: Fmt) =>
    `Ô có ${f.n(p.count)} ký tự, quá ${f.n(p.limit)} ký tự một ô Excel chứa được: Excel cắt bớt hoặc không mở được nội dung này.`,
  'excel.cellTooLong.fix': (p: Params, f: Fmt) => `Rút gọn nội dung ô (tối đa ${f.n(p.limit)} ký tự), đưa phần dài sang văn bản kèm theo.`,
  'excel.catalogueNameTooLong': (p: Params, f: Fmt) =>
    `Tên trong danh mục dài ${f.n(p.count)} ký tự: công thức Excel (MATCH, SUMIFS) chỉ so khớp được tên đến ${f.n(p.limit)} ký tự, nên các dòng ghi tên này không được nhận ra.`,
  'excel.catalogueNameTooLong.fix': (p: Params, f: Fmt) => `Rút gọn tên (tối đa ${f.n(p.limit)} ký tự) rồi chọn lại tên mới ở các dòng đã ghi tên này.`,
  'basis.excelLimits': () => 'Giới hạn của Excel (Excel specifications and limits)',

  // ── captions ──
  'caption.table': (p: Params) => {
    const text = p.cat ? `danh mục "${p.cat}"` : p.check ? `bảng kết quả ở trang "${p.sheet}"` : `bảng ở trang "${p.sheet}"`;
    return p.capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  },
  'caption.namedCell': (p: Params) => `${p.capital ? 'Ô' : 'ô'} "${p.label}" trang "${p.sheet}"`,

  // ── "Tạo bảng mẫu": what it created, what it left to the clerk ──
  'created.sheet': (p: Params) => `Trang tính "${p.sheet}"`,
  'created.columns': (p: Params, f: Fmt) => `Cột ${quoted(f, p.columns, ', ')} trong ${f.m(p.table)}`,
  'created.headerRenamed': (p: Params) => `Tiêu đề cột "${p.from}" của bảng ở trang "${p.sheet}" viết lại đúng mẫu: "${p.to}"`,
  'setup.newerFormat': (p: Params) =>
    `Sổ này theo mẫu phiên bản ${p.version}, mới hơn phiên bản ${p.current} của Tổng kết đang dùng; hãy cập nhật Tổng kết. Không thay đổi gì.`,
  'setup.catalogueColumnsMissing': (p: Params, f: Fmt) =>
    `Danh mục "${p.cat}" thiếu cột ${quoted(f, p.columns, ', ')}; các quy tắc dùng giá trị mặc định.`,
  'setup.catalogueBlocked': (p: Params) =>
    `Vùng ${p.range} của trang "${p.sheet}" đã có dữ liệu; không tạo danh mục "${p.cat}". Các quy tắc dùng giá trị mặc định.`,
  'setup.tableElsewhere': (p: Params) => `Bảng số liệu của trang "${p.sheet}" đang nằm ở trang "${p.other}"; giữ nguyên, không tạo bảng mới.`,
  'setup.tableBlocked': (p: Params) =>
    `Vùng ${p.range} của trang "${p.sheet}" đã có dữ liệu hoặc bảng khác; không tạo bảng để tránh ghi đè. Hãy dời dữ liệu đó hoặc tạo bảng ở trang trống.`,
  'setup.columnsRenamed': (p: Params, f: Fmt) =>
    `${f.m({ id: 'caption.table', p: { sheet: p.sheet, capital: true } })} thiếu cột ${quoted(f, p.missing, ', ')} và có cột lạ ` +
    `${quoted(f, p.foreign, ', ')} — có thể tiêu đề đã bị đổi tên. Hãy sửa lại tiêu đề cho đúng mẫu; chưa thêm cột nào.`,
  'setup.columnsBlocked': (p: Params, f: Fmt) =>
    `Không thêm được cột ${quoted(f, p.columns, ', ')} vào bảng ở trang "${p.sheet}": bên phải bảng đã có dữ liệu.`,
  'setup.columnOrder': (p: Params) => `Thứ tự cột của bảng ở trang "${p.sheet}" khác mẫu; các cột vẫn được nhận theo tiêu đề, nhưng nên đưa về đúng thứ tự.`,
  'setup.namedCellBlocked': (p: Params) =>
    `Chưa có ô "${p.label}" trang "${p.sheet}" và ô ${p.range} của trang "${p.sheet}" đã có dữ liệu; ` +
    `hãy đặt tên ${p.name} (Formulas > Define Name) cho ô chứa "${p.label}".`,
  'setup.checkSheetBusy': (p: Params) => `Trang "${p.sheet}" đã có dữ liệu; không tạo bảng kết quả kiểm tra.`,
  'setup.summaryNotOurs': (p: Params) =>
    `Trang "${p.sheet}" đã có sẵn và không do Tổng kết tạo; Tổng kết không ghi vào trang này. ` +
    `Hãy đổi tên trang đó rồi bấm lại để Tổng kết tạo trang "${p.sheet}" của mình.`,

  // ── "Tính tổng hợp" ──
  'totals.skipped': (p: Params) =>
    `Không thêm được dòng tổng cho bảng ở trang "${p.sheet}": dòng ngay dưới bảng đang có dữ liệu. Hãy đưa dữ liệu đó vào bảng hoặc dời đi.`,
  'crossCheck.value': (p: Params) => (p.value === null || p.value === '' ? '(trống)' : String(p.value)),
  'crossCheck.mismatch': (p: Params, f: Fmt) =>
    `Excel tính ra ${f.m({ id: 'crossCheck.value', p: { value: p.actual } })} nhưng Tổng kết tự tính được ${f.m({ id: 'crossCheck.value', p: { value: p.expected } })} cho số liệu "${p.title}".`,
  'crossCheck.mismatch.fix': () => 'Kiểm tra công thức của ô này và các ô nguồn (ô công thức bị gõ đè, chế độ tính thủ công, cài đặt vùng).',
  'basis.crossCheck': () => 'Đối chiếu kết quả sau khi Excel tính lại (Tính tổng hợp)',
  /** a figure of the Tổng hợp sheet, with its section */
  'figure.title': (p: Params) => String(p.title),

  // ── the check itself ──
  'internal.checkFailed': (p: Params, f: Fmt) => `Không hoàn thành được bước kiểm tra ${f.m(p.step)} (${p.error}).`,
  'check.step': (p: Params) => (p.sheet ? `${CHECK_STEPS[p.kind as CheckStep]}, trang "${p.sheet}"` : CHECK_STEPS[p.kind as CheckStep]),
  'internal.checkFailed.fix': () => 'Báo lỗi này cho người phát triển kèm tệp sổ; các bước kiểm tra khác vẫn có kết quả.',
  /** a text produced outside the template tables, shown as it is */
  'verbatim': (p: Params) => String(p.text),
  'finding.repeated': (p: Params, f: Fmt) =>
    `${f.m(p.first)} Cùng nội dung ở ${p.count} ô khác: ${p.cells.join(', ')}${p.more > 0 ? ` và ${p.more} ô nữa` : ''}.`,

  // ── Biểu 06 import (the export's findings, its mapping, refusals) ──
  'import.basis': () => 'Biểu số II.06a/VPCP/KSTT (Thông tư 01/2020/TT-VPCP)',
  'import.column': (p: Params) => `cột ${p.number} ${p.header}`,
  'import.row': (p: Params) => `Dòng "${p.name}" (dòng ${p.row} của biểu)`,
  'import.identity': (p: Params, f: Fmt) =>
    `${f.m(p.row)}: ${f.m(p.column)} ghi ${f.n(p.stated)}, nhưng ${p.parts.join(' + ')} = ${f.n(p.sum)} (chênh ${signed(f, p.stated - p.sum)}).`,
  'import.identity.fix': () => 'Số liệu của hệ thống một cửa không khớp; đối chiếu lại với hệ thống trước khi dùng cho báo cáo. Bảng TTHC tính tổng từ các cột thành phần.',
  'import.total': (p: Params, f: Fmt) =>
    `${f.m(p.row)}: ${f.m(p.column)} ghi ${f.n(p.stated)}, cộng ${p.members} dòng ${p.group ? 'thuộc nhóm' : 'số liệu'} được ${f.n(p.sum)} (chênh ${signed(f, p.stated - p.sum)}).`,
  'import.total.fix': () => 'Dòng tổng của biểu không bằng tổng các dòng; đối chiếu lại với hệ thống một cửa. Bảng TTHC tự cộng lại từ các dòng đã nhập.',
  'import.unnamedRow': (p: Params) => `Dòng ${p.row} của biểu có số liệu nhưng không có tên lĩnh vực/đơn vị; dòng này không được nhập.`,
  'import.unnamedRow.fix': () => 'Điền tên lĩnh vực/đơn vị vào biểu rồi nhập lại, hoặc gõ dòng này vào bảng TTHC.',
  'import.blankAsZero': (p: Params, f: Fmt) => `${f.m(p.column)}: ${p.count} ô trống (dòng ${p.rows.join(', ')}) được nhập là 0.`,
  'import.blankAsZero.fix': () => 'Nếu ô trống không có nghĩa là 0, hãy sửa số trong bảng TTHC sau khi nhập.',
  'import.unreadable': (p: Params, f: Fmt) => `Dòng "${p.name}", ${f.m(p.column)}: không đọc được số "${p.text}"; ô này để trống trong bảng TTHC.`,
  'import.unreadable.fix': () => 'Sửa số trong biểu (hoặc gõ vào bảng TTHC) rồi kiểm tra lại.',
  'import.notCount': (p: Params, f: Fmt) => `Dòng "${p.name}", ${f.m(p.column)}: ${String(p.value).replace('.', ',')} không phải số hồ sơ (số nguyên không âm).`,
  'import.notCount.fix': () => 'Kiểm tra lại số liệu của hệ thống một cửa.',
  'import.unknownColumn': (p: Params, f: Fmt) => `Không nhận ra ${f.m(p.column)}; số liệu cột này không được nhập.`,
  'import.unknownColumn.fix': () => 'Nếu cột này cần cho báo cáo, hãy gõ vào bảng TTHC.',
  'import.totalsRows': (p: Params) => `Biểu có ${p.count} dòng tổng cộng; chỉ đối chiếu dòng ${p.first}.`,
  'import.handTyped': (p: Params) =>
    `Không nhập dòng "${p.name}" của biểu: bảng TTHC đã có dòng "${p.name}" gõ tay (${p.cell}); Tổng kết không ghi đè số liệu gõ tay.`,
  'import.handTyped.fix': () => 'Nếu muốn lấy số của biểu, hãy xóa (hoặc đổi tên) dòng gõ tay rồi nhập lại.',
  'import.stale': (p: Params) => `Dòng "${p.name}" đã nhập từ Biểu 06 trước đây nhưng không có trong biểu lần này; dòng này được giữ nguyên.`,
  'import.stale.fix': () => 'Xóa dòng này nếu lĩnh vực/đơn vị không còn số liệu trong kỳ báo cáo.',
  'import.noTable': () => 'Sổ không có bảng TTHC; hãy chạy "Tạo bảng mẫu" (tongket init) rồi nhập lại.',
  'import.tableColumnMissing': (p: Params) => `Bảng TTHC thiếu cột "${p.header}"; hãy chạy "Tạo bảng mẫu" (tongket init) rồi nhập lại.`,
  'import.noRoom': (p: Params) => `Không đủ chỗ thêm ${p.count} dòng vào bảng TTHC: dòng ${p.row} ngay dưới bảng đang có dữ liệu. Hãy dời dữ liệu đó rồi nhập lại.`,
  'import.newerFormat': () => 'Sổ theo mẫu mới hơn phiên bản Tổng kết đang dùng; hãy cập nhật Tổng kết.',
  'import.onSheet': (p: Params, f: Fmt) => `Trang "${p.sheet}": ${f.m(p.problem)}`,
  'import.unknownColumns': (p: Params, f: Fmt) => (p.columns.length > 0 ? ` Các cột chưa nhận ra: ${p.columns.map((c: Msg) => f.m(c)).join('; ')}.` : ''),
  'import.fieldMissing': (p: Params, f: Fmt) =>
    `Không tìm thấy cột "${p.field}" trong biểu (cần cho cột "${p.target}" của bảng TTHC).${f.m({ id: 'import.unknownColumns', p: { columns: p.unknown } })}`,
  'import.fieldTwice': (p: Params, f: Fmt) =>
    `Có ${p.count} cột cùng được hiểu là "${p.field}": ${p.columns.map((c: Msg) => f.m(c)).join('; ')}; không thể biết lấy số ở cột nào.`,
  'import.noRows': () => 'đã nhận ra tiêu đề Biểu 06 nhưng không có dòng số liệu nào.',
  'import.notFound': (p: Params) =>
    `Không tìm thấy bảng Biểu 06 trong tệp "${p.file}": cần một dòng tiêu đề có cột STT hoặc "Lĩnh vực" cùng các cột số hồ sơ tiếp nhận, đã giải quyết, đang giải quyết.`,
  'import.file.xls': (p: Params) =>
    `Tệp "${p.file}" là tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu; hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx (Excel Workbook) và chọn tệp đó.`,
  'import.file.notXlsx': (p: Params) => `Tệp "${p.file}" không phải tệp Excel .xlsx.`,
  'import.file.corrupt': (p: Params) => `Tệp "${p.file}" bị hỏng, không đọc được (${p.error}); hãy mở thử trong Excel rồi lưu lại.`,
  'import.target.stt': () => 'không nhập (bảng TTHC tự đánh số)',
  'import.target.column': (p: Params) => String(p.header),
  'import.target.check': (p: Params) => `không nhập, dùng để đối chiếu (bảng TTHC tự tính = ${p.headers.join(' + ')})`,
  'import.target.inPerson': (p: Params) => `${p.header} (cộng trực tiếp và bưu chính)`,
  'import.target.returned': (p: Params) => `${p.header} (cộng các cột trả lại, rút, tạm dừng)`,
  'import.target.ignored.rate': () => 'bỏ qua: cột tỷ lệ: bảng TTHC tự tính các tỷ lệ từ số hồ sơ',
  'import.target.ignored.awaiting': () => 'bỏ qua: hồ sơ chờ bổ sung: bảng TTHC không có cột tương ứng',
  'import.target.ignored.earlyOnTime': () => 'bỏ qua: cột gộp trước hạn và đúng hạn: bảng TTHC cần hai số riêng',
  'import.target.unknown': () => 'bỏ qua: không nhận ra cột này',

  // ── merging units' workbooks, comparing with last year (refusals, catalogue differences) ──
  'merge.period': (p: Params, f: Fmt) => (p.from && p.to ? `${f.date(p.from)} – ${f.date(p.to)}` : 'chưa có kỳ báo cáo hợp lệ'),
  'merge.unitName': (p: Params) => (p.unit ? `"${p.file}" (${p.unit})` : `"${p.file}"`),
  'merge.newerFormat': (p: Params, f: Fmt) =>
    `Sổ ${f.m({ id: 'merge.unitName', p })} theo mẫu phiên bản ${p.version}, mới hơn phiên bản ${p.current} của Tổng kết đang dùng; hãy cập nhật Tổng kết.`,
  'merge.targetNewer': (p: Params) => `Sổ tổng hợp theo mẫu phiên bản ${p.version}, mới hơn phiên bản ${p.current} của Tổng kết đang dùng; hãy cập nhật Tổng kết.`,
  'merge.openNewer': (p: Params) => `Sổ đang mở theo mẫu phiên bản ${p.version}, mới hơn phiên bản ${p.current} của Tổng kết đang dùng; hãy cập nhật Tổng kết.`,
  'merge.noUnit': (p: Params, f: Fmt) =>
    `Sổ ${f.m({ id: 'merge.unitName', p })} chưa nhập Đơn vị báo cáo (ô "${p.label}", trang "${p.sheet}"): không biết số liệu là của đơn vị nào.`,
  'merge.twice': (p: Params) => `Đơn vị "${p.unit}" có hai sổ trong cùng một lần gộp: "${p.earlier}" và "${p.file}"; mỗi đơn vị chỉ gộp một sổ.`,
  'merge.noPeriod': (p: Params, f: Fmt) =>
    `Sổ ${f.m({ id: 'merge.unitName', p })} chưa có kỳ báo cáo hợp lệ (ô "${p.fromLabel}", "${p.toLabel}"); kỳ cần gộp là ${p.reference ? f.m({ id: 'merge.period', p: p.reference }) : 'chưa xác định'}.`,
  'merge.otherPeriod': (p: Params, f: Fmt) =>
    `Sổ ${f.m({ id: 'merge.unitName', p })} báo cáo kỳ ${f.m({ id: 'merge.period', p: p.period })}, khác kỳ ${f.m({ id: 'merge.period', p: p.reference })} của ` +
    `${p.firstFile ? `sổ đầu tiên "${p.firstFile}"` : 'sổ tổng hợp'}.`,
  'merge.noTable': (p: Params) => `Sổ tổng hợp không có bảng ở trang "${p.sheet}"; hãy chạy "Tạo bảng mẫu" (tongket init) cho sổ đó.`,
  'merge.noUnitColumn': (p: Params) => `Bảng ở trang "${p.sheet}" của sổ tổng hợp không có cột "${p.column}"; hãy chạy "Tạo bảng mẫu" (tongket init) để nâng cấp sổ.`,
  'merge.nothing': () => 'Không có sổ đơn vị nào để gộp.',
  'merge.growthBlocked': (p: Params) => `Bảng ở trang "${p.sheet}" cần thêm ${p.extra} dòng nhưng dòng ${p.row} ngay dưới bảng đang có dữ liệu; hãy dời dữ liệu đó rồi gộp lại.`,
  'merge.catalogue.entry': (p: Params, f: Fmt) => (p.since ? `${p.label} (hiệu lực từ ${f.date(p.since)})` : String(p.label)),
  'merge.catalogue.extra': (p: Params, f: Fmt) => `danh mục "${p.cat}" có mục "${f.m({ id: 'merge.catalogue.entry', p: p.entry })}" mà sổ tổng hợp không có`,
  'merge.catalogue.value': (p: Params, f: Fmt) =>
    `danh mục "${p.cat}", "${f.m({ id: 'merge.catalogue.entry', p: p.entry })}", ${p.column}: ${p.value === null ? '(trống)' : f.n(p.value)} ` +
    `(sổ tổng hợp: ${p.ours === null ? '(trống)' : f.n(p.ours)})`,
  'compare.newerFormat': (p: Params) => `Sổ năm trước "${p.file}" theo mẫu phiên bản ${p.version}, mới hơn phiên bản ${p.current} của Tổng kết đang dùng; hãy cập nhật Tổng kết.`,
  'compare.noPeriod': (p: Params) => `Sổ này chưa có kỳ báo cáo (ô "${p.label}"): chưa biết so sánh với năm nào.`,
  'compare.previousNoPeriod': (p: Params) => `Sổ năm trước "${p.file}" chưa có kỳ báo cáo hợp lệ (ô "${p.label}").`,
  'compare.notEarlier': (p: Params, f: Fmt) =>
    `Sổ "${p.file}" báo cáo kỳ ${f.m({ id: 'merge.period', p: p.then })}, không phải năm trước của kỳ ` +
    `${f.m({ id: 'merge.period', p: p.now })}; hãy chọn sổ của năm ${p.year} trở về trước.`,

  // ── workbooks chosen in the pane (a unit's, last year's) that cannot be read ──
  'file.xls': (p: Params) => `Tệp "${p.file}" là tệp Excel 97-2003 (.xls) hoặc tệp có mật khẩu; hãy mở trong Excel, bỏ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx.`,
  'file.notXlsx': (p: Params) => `Tệp "${p.file}" không phải tệp Excel .xlsx.`,
  'file.noWorkbookPart': (p: Params) => `Tệp "${p.file}" không phải tệp Excel .xlsx (không có phần sổ tính).`,
  'file.corrupt': (p: Params) => `Tệp "${p.file}" bị hỏng, không đọc được; hãy mở thử trong Excel rồi lưu lại.`,
  'file.tooLarge': (p: Params, f: Fmt) => `Tệp "${p.file}" không được đọc: ${f.m(p.detail)}. Tệp Excel bình thường không như vậy; hãy mở tệp trong Excel và lưu lại.`,
  'zip.total': (p: Params, f: Fmt) => `khi giải nén, các phần của tệp chiếm ${megabytes(p.total, f)}, vượt giới hạn ${megabytes(p.limit, f)} mà Tổng kết đọc được`,
  'zip.ratio': (p: Params, f: Fmt) =>
    `phần "${p.part}" nén ${megabytes(p.compressed, f)} nhưng giải nén ra ${megabytes(p.size, f)} (gấp ${f.n(p.ratio)} lần, ` +
    `giới hạn ${f.n(p.limit)} lần) — dấu hiệu của tệp cố ý làm tràn bộ nhớ`,
  'zip.lyingSize': (p: Params, f: Fmt) => `phần "${p.part}" giải nén ra nhiều hơn ${megabytes(p.size, f)} ghi trong mục lục của tệp — tệp bị hỏng hoặc cố ý làm tràn bộ nhớ`,
  'file.caseDuplicate': (p: Params) =>
    `Tệp "${p.file}" có hai bảng trùng tên (Excel không phân biệt chữ hoa, chữ thường): "${p.first}" ở trang "${p.firstSheet}" và ` +
    `"${p.second}" ở trang "${p.secondSheet}". Hãy đổi tên một bảng trong Excel (chọn một ô của bảng, Thiết kế bảng → Tên bảng) rồi chạy lại.`,
} satisfies Record<string, Template>;

export type MessageId = keyof typeof VI;

/** A message of the table: the id is checked by the compiler. */
export function msg(id: MessageId, p?: Msg['p']): Msg {
  return p ? { id, p } : { id };
}
