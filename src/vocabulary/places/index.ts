/**
 * Lookup of Vietnam's administrative unit names (generated data in units.ts, both eras), by
 * folded spelling so that OCR'd and old-tone spellings resolve ("Đák R'láp" -> Đắk R'Lấp).
 * Built once at module load.
 */
import { foldKey } from '../../agencies/text/fold.js';
import { newStyleTones } from '../../agencies/text/compare.js';
import { BEFORE_2025, FROM_2025 } from './units.js';

export type PlaceTier = 'province' | 'district' | 'commune';

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

function add(info: PlaceInfo): void {
  const key = foldKey(info.name);
  const list = byKey.get(key);
  if (list) list.push(info);
  else byKey.set(key, [info]);
}

const oldProvinceNames: string[] = [];
for (const row of BEFORE_2025.provinces) {
  const [name, level] = row.split('|');
  const display = newStyleTones(name);
  oldProvinceNames.push(display);
  add({ name: display, tier: 'province', level, era: 'before-2025' });
}
for (const row of FROM_2025.provinces) {
  const [name, level] = row.split('|');
  add({ name: newStyleTones(name), tier: 'province', level, era: 'from-2025' });
}
for (const row of BEFORE_2025.districts) {
  const [name, level, province] = row.split('|');
  add({ name: newStyleTones(name), tier: 'district', level, era: 'before-2025', province: oldProvinceNames[Number(province)] });
}
for (const [level, names] of Object.entries(BEFORE_2025.communes)) {
  for (const name of (names as string).split(';')) add({ name: newStyleTones(name), tier: 'commune', level, era: 'before-2025' });
}
for (const [level, names] of Object.entries(FROM_2025.communes)) {
  for (const name of (names as string).split(';')) add({ name: newStyleTones(name), tier: 'commune', level, era: 'from-2025' });
}
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
