/** Structured references to a renamed column are rewritten as Excel rewrites them; nothing else is touched. */
import { renameColumnReferences } from '../../src/workbook/structuredReferences';

const GCN = [{ table: 'GCN', from: 'Số GCN đã cấp ', to: 'Số GCN đã cấp' }];

describe('renameColumnReferences', () => {
  it.each([
    ['SUM(GCN[Số GCN đã cấp ])', 'SUM(GCN[Số GCN đã cấp])'],
    ['GCN[[#This Row],[Số GCN đã cấp ]]*2', 'GCN[[#This Row],[Số GCN đã cấp]]*2'],
    ['SUM(gcn[[số gcn đã cấp ]:[Diện tích]])', 'SUM(gcn[[Số GCN đã cấp]:[Diện tích]])'],
    ['SUM(GCN[[#Data], [Số GCN đã cấp ]])', 'SUM(GCN[[#Data], [Số GCN đã cấp]])'],
    ['GCN[@[Số GCN đã cấp ]]+GCN[@Số GCN đã cấp ]', 'GCN[@[Số GCN đã cấp]]+GCN[@Số GCN đã cấp]'],
    ['SUMIFS(GCN[Số GCN đã cấp ],GCN[Đơn vị],"GCN[Số GCN đã cấp ]")', 'SUMIFS(GCN[Số GCN đã cấp],GCN[Đơn vị],"GCN[Số GCN đã cấp ]")'],
  ])('%s → %s', (formula, expected) => {
    expect(renameColumnReferences(formula, GCN)).toBe(expected);
  });

  it('leaves other tables, other columns, text constants and quoted sheet names alone', () => {
    for (const formula of [
      'SUM(TTHC[Số GCN đã cấp ])',
      'SUM(XGCN[Số GCN đã cấp ])',
      'SUM(GCN[Số GCN đã cấp])',
      "'GCN[Số GCN đã cấp ]'!A1+1",
      '"x""GCN[Số GCN đã cấp ]"',
      'SUM(GCN[#Totals])',
      "SUM(Other[Bob''s]) + GCN[Đơn vị]",
    ]) {
      expect(renameColumnReferences(formula, GCN)).toBe(formula);
    }
  });

  it("escapes [ ] # ' in the new name and reads them escaped in the old one", () => {
    const renames = [{ table: 'T', from: "Số [cũ] #1 'a'", to: "Số [mới] #2 'b'" }];
    expect(renameColumnReferences("T[[#This Row],[Số '[cũ'] '#1 ''a'']]", renames)).toBe("T[[#This Row],[Số '[mới'] '#2 ''b'']]");
    expect(renameColumnReferences("SUM(T[Số '[cũ'] '#1 ''a''])", renames)).toBe("SUM(T[Số '[mới'] '#2 ''b''])");
  });

  it('after a quoted sheet name or another escaped reference, still finds the renamed column', () => {
    expect(renameColumnReferences("'Ghi chú'!A1+Other['[x]+SUM(GCN[Số GCN đã cấp ])", GCN)).toBe("'Ghi chú'!A1+Other['[x]+SUM(GCN[Số GCN đã cấp])");
  });
});
