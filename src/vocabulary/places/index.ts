/**
 * Lookup of Vietnam's administrative unit names (generated data in units.ts, both eras), by
 * folded spelling so that OCR'd and old-tone spellings resolve ("Đák R'láp" -> Đắk R'Lấp).
 * Built once at module load.
 */
import { foldKey } from '../../agencies/text/fold.js';
import { DISPLAY, KEYS } from './keys.generated.js';
import { forEachUnit, type PlaceTier } from './rows.js';

export type { PlaceTier } from './rows.js';

export interface PlaceInfo {
  /** Spelling from the data (new-style tones). */
  name: string;
  tier: PlaceTier;
  /** Level code from units.ts (t, tp, h, q, tx, x, p, tt, dk). */
  level: string;
  era: 'before-2025' | 'from-2025';
  /** For a district: its province (before 2025). */
  province?: string;
}

const byKey = new Map<string, PlaceInfo[]>();

// Keys and new-style spellings were computed at build time (keys.generated.ts), one per unit in
// forEachUnit order: folding every name here cost ~35 ms of each cold start.
const keys = KEYS.split(';');
const oldProvinceNames: string[] = [];
let index = 0;
forEachUnit((spelling, tier, level, era, province) => {
  const name = DISPLAY.get(index) ?? spelling;
  const key = keys[index++];
  if (tier === 'province' && era === 'before-2025') oldProvinceNames.push(name);
  const info: PlaceInfo =
    province === undefined ? { name, tier, level, era } : { name, tier, level, era, province: oldProvinceNames[province] };
  const list = byKey.get(key);
  if (list) list.push(info);
  else byKey.set(key, [info]);
});
if (index !== keys.length) throw new Error('vocabulary/places: keys.generated.ts is stale (run scripts/build-place-keys.ts)');
// Common short forms of the largest city.
for (const alias of ['hcm', 'tp hcm', 'tphcm']) byKey.set(alias, byKey.get('ho chi minh') ?? []);

/** Every unit whose folded name is `key` (folded, single-spaced). */
export function placesByKey(key: string): readonly PlaceInfo[] {
  return byKey.get(key) ?? [];
}

/** True when `name` (any spelling) is a unit of one of the tiers. */
export function isPlace(name: string, tiers?: readonly PlaceTier[]): boolean {
  const list = byKey.get(foldKey(name));
  if (!list) return false;
  return tiers ? list.some((p) => tiers.includes(p.tier)) : true;
}

/** The province a name denotes (a province, or a district's province before 2025), or null. */
export function provinceOf(name: string): string | null {
  const list = byKey.get(foldKey(name));
  if (!list) return null;
  const p = list.find((x) => x.tier === 'province');
  if (p) return p.name;
  const provinces = new Set(list.filter((x) => x.tier === 'district' && x.province).map((x) => x.province!));
  return provinces.size === 1 ? [...provinces][0] : null;
}
