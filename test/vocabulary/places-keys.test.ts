import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newStyleTones } from '../../src/agencies/text/compare.js';
import { foldKey } from '../../src/agencies/text/fold.js';
import { isPlace, placesByKey, provinceOf } from '../../src/vocabulary/places/index.js';
import { placeKeysModule } from '../../src/vocabulary/places/keys-source.js';
import { forEachUnit, unitAt } from '../../src/vocabulary/places/rows.js';

describe('vocabulary/places keys.generated.ts', () => {
  it('is what scripts/build-place-keys.ts writes for the current units.ts (not stale)', () => {
    const file = readFileSync(new URL('../../src/vocabulary/places/keys.generated.ts', import.meta.url), 'utf8');
    expect(file).toBe(placeKeysModule());
  });

  it('files every unit under foldKey of its new-style spelling', () => {
    let n = 0;
    forEachUnit((spelling, tier, level, era) => {
      const name = newStyleTones(spelling);
      const hit = placesByKey(foldKey(name)).some((p) => p.name === name && p.tier === tier && p.level === level && p.era === era);
      if (!hit) throw new Error(`not found: ${spelling}`);
      n++;
    });
    expect(n).toBeGreaterThan(11_000);
  });

  it('unitAt gives the units in forEachUnit order', () => {
    let n = 0;
    forEachUnit((...unit) => {
      let got: unknown[] = [];
      unitAt(n, (...u) => (got = u));
      expect(got).toEqual(unit);
      n++;
    });
  });

  it('gives the lists a map of every unit by key gives (units in forEachUnit order, districts with their province)', () => {
    const byKey = new Map<string, object[]>();
    const oldProvinces: string[] = [];
    forEachUnit((spelling, tier, level, era, province) => {
      const name = newStyleTones(spelling);
      if (tier === 'province' && era === 'before-2025') oldProvinces.push(name);
      const info = province === undefined ? { name, tier, level, era } : { name, tier, level, era, province: oldProvinces[province] };
      const key = foldKey(name);
      byKey.set(key, [...(byKey.get(key) ?? []), info]);
    });
    for (const [key, list] of byKey) expect(placesByKey(key)).toEqual(list);
    for (const alias of ['hcm', 'tp hcm', 'tphcm']) expect(placesByKey(alias)).toEqual(byKey.get('ho chi minh'));
    expect(placesByKey('khong phai noi nao')).toEqual([]);
    expect(placesByKey('')).toEqual([]);
  });

  it('resolves old-tone and unaccented spellings, and a district to its province', () => {
    expect(placesByKey('hoa binh').some((p) => p.name === 'Hòa Bình' && p.tier === 'province')).toBe(true);
    expect(isPlace('Hoà Bình', ['province'])).toBe(true);
    expect(isPlace('Krông Búk', ['district'])).toBe(true);
    expect(provinceOf('Krông Búk')).toBe('Đắk Lắk');
    expect(provinceOf('TP HCM')).toBe('Hồ Chí Minh');
    expect(isPlace('Không Phải Nơi Nào', ['province'])).toBe(false);
  });
});
