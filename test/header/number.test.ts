import { describe, expect, it } from 'vitest';
import { parseNumber, splitSymbol } from '../../src/header/number.js';

describe('parseNumber (Nghị định 30/2020/NĐ-CP "Số: 125/TB-VPUBND"; Hướng dẫn 36-HD/VPTW "Số 469-CV/TU")', () => {
  const table: [string, { serial: string | null; symbol: string | null; typeCode: string | null; issuerCode: string | null; problem?: string | null }][] = [
    ['125/TB-VPUBND', { serial: '125', symbol: 'TB-VPUBND', typeCode: 'TB', issuerCode: 'VPUBND' }],
    ['469-CV/TU', { serial: '469', symbol: 'CV/TU', typeCode: 'CV', issuerCode: 'TU' }],
    ['224-KL/HU', { serial: '224', symbol: 'KL/HU', typeCode: 'KL', issuerCode: 'HU' }],
    ['/TB-UBND', { serial: null, symbol: 'TB-UBND', typeCode: 'TB', issuerCode: 'UBND', problem: 'blank' }],
    ['010/CT-UBND', { serial: '010', symbol: 'CT-UBND', typeCode: 'CT', issuerCode: 'UBND' }],
    ['68/2024/QĐ-UBND', { serial: '68', symbol: '2024/QĐ-UBND', typeCode: 'QĐ', issuerCode: 'UBND' }],
    ['68 /2024/QĐ-UBND', { serial: '68', symbol: '2024/QĐ-UBND', typeCode: 'QĐ', issuerCode: 'UBND' }],
    ['4240/UBND-VX', { serial: '4240', symbol: 'UBND-VX', typeCode: null, issuerCode: 'UBND' }],
    ['11299/VPCP-KGVX', { serial: '11299', symbol: 'VPCP-KGVX', typeCode: null, issuerCode: 'VPCP' }],
    ['983/TB-CT', { serial: '983', symbol: 'TB-CT', typeCode: 'TB', issuerCode: 'CT' }],
    ['217/CĐ-TTg', { serial: '217', symbol: 'CĐ-TTg', typeCode: 'CĐ', issuerCode: 'TTg' }],
    ['4/ /TB-HĐND', { serial: null, symbol: 'TB-HĐND', typeCode: 'TB', issuerCode: 'HĐND', problem: 'garbled' }],
    ['..."F9. ./TB/ STNMT-VPĐKĐĐ', { serial: null, symbol: 'TB/ STNMT-VPĐKĐĐ', typeCode: 'TB', issuerCode: 'STNMT', problem: 'garbled' }],
  ];
  for (const [printed, want] of table) {
    it(printed, () => {
      const n = parseNumber(printed);
      expect(n).not.toBeNull();
      expect({ serial: n!.serial, symbol: n!.symbol, typeCode: n!.typeCode, issuerCode: n!.issuerCode }).toEqual({
        serial: want.serial,
        symbol: want.symbol,
        typeCode: want.typeCode,
        issuerCode: want.issuerCode,
      });
      if (want.problem !== undefined) expect(n!.serialProblem).toBe(want.problem);
      expect(n!.raw).toBe(printed);
    });
  }

  it('keeps a scan-damaged type code when the heading names that type ("CĐĐ" in a Công điện)', () => {
    expect(parseNumber('# /CĐĐ-UBND', 'CĐ')).toMatchObject({ serial: null, typeCode: 'CĐĐ', issuerCode: 'UBND', serialProblem: 'garbled' });
    // Without the heading's evidence it is the issuer code of a Công văn.
    expect(splitSymbol('CĐĐ-UBND', false, null)).toEqual({ typeCode: null, issuerCode: 'CĐĐ' });
  });

  describe('is not a number', () => {
    for (const printed of ['-CV/TU', 'của UBND tỉnh', 'Krông Nô', '']) {
      it(JSON.stringify(printed), () => expect(parseNumber(printed)).toBeNull());
    }
  });
});
