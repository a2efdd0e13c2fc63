import { parseDocumentNumber } from '../../../src/domain/validation';

describe('parseDocumentNumber', () => {
  it.each([
    ['41/KH-CTĐII', 'administrative', null],
    ['123/QĐ-STNMT', 'administrative', null],
    ['1051/STNMT-BVMT', 'administrative', null],
    ['012/CT-UBND', 'administrative', null],
    ['512/TTtr-SNNMT', 'administrative', null],
    ['123 / QĐ-UBND', 'administrative', null],
    ['09/2022/QĐ-UBND', 'normative', 2022],
    ['98/2023/NĐ-CP', 'normative', 2023],
    ['06/2022/QH15', 'normative', 2022],
    ['01/2020/TT-VPCP', 'normative', 2020],
    ['366-QĐ/TW', 'party', null],
    ['05-CT/TU', 'party', null],
  ])('reads %p as %p', (text, form, year) => {
    expect(parseDocumentNumber(text)).toMatchObject({ form, year });
  });

  it.each(['QĐ 123', '123-QĐ-UBND', 'abc', '123', '123/2024', '/QĐ-UBND', '123/', '123/QĐ UBND', '123/QĐ-UBND/2024', ''])(
    'rejects %p',
    (text) => {
      expect(parseDocumentNumber(text)).toBeNull();
    },
  );
});
