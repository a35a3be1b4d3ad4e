/**
 * Lookup of Vietnam's administrative unit names (generated data in units.ts, both eras), by
 * folded spelling so that OCR'd and old-tone spellings resolve ("Đák R'láp" -> Đắk R'Lấp).
 * A key's units are found on its first lookup.
 */
import { foldKey } from '../../agencies/text/fold.js';
import { DISPLAY, KEYS, UNITS } from './keys.generated.js';
import { KEY_SEPARATOR, UNIT_DIGITS, unitAt, type PlaceTier } from './rows.js';

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

// Keys and new-style spellings were computed at build time (keys.generated.ts): folding every
// name here cost ~35 ms of each cold start. The keys come sorted, each with its unit's index: a
// lookup is a binary search, and a key's units are made on its first lookup (filing every unit
// in a map at load cost ~10 ms of each cold start).
let sortedKeys: readonly string[] | undefined;
const found = new Map<string, readonly PlaceInfo[]>();
const NONE: readonly PlaceInfo[] = [];

/** Common short forms of the largest city. */
const ALIASES: ReadonlyMap<string, string> = new Map(['hcm', 'tp hcm', 'tphcm'].map((a) => [a, 'ho chi minh']));

/** The new-style spelling of the unit at `index`. */
function displayName(index: number, spelling: string): string {
  return DISPLAY.get(index) ?? spelling;
}

function lookUp(key: string): readonly PlaceInfo[] {
  const keys = (sortedKeys ??= KEYS.split(KEY_SEPARATOR));
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  const out: PlaceInfo[] = [];
  for (let i = lo; i < keys.length && keys[i] === key; i++) {
    const index = parseInt(UNITS.slice(i * UNIT_DIGITS, (i + 1) * UNIT_DIGITS), 36);
    unitAt(index, (spelling, tier, level, era, province) => {
      const name = displayName(index, spelling);
      // The old provinces are the first units, in BEFORE_2025.provinces order.
      if (province === undefined) out.push({ name, tier, level, era });
      else unitAt(province, (p) => out.push({ name, tier, level, era, province: displayName(province, p) }));
    });
  }
  return out.length > 0 ? out : NONE;
}

/** The units of a key; those found are kept (at most one list per key of KEYS), misses are not. */
function units(key: string): readonly PlaceInfo[] {
  const k = ALIASES.get(key) ?? key;
  let list = found.get(k);
  if (list === undefined) {
    list = lookUp(k);
    if (list.length > 0) found.set(k, list);
  }
  return list;
}

/** Every unit whose folded name is `key` (folded, single-spaced). */
export function placesByKey(key: string): readonly PlaceInfo[] {
  return units(key);
}

/** True when `name` (any spelling) is a unit of one of the tiers. */
export function isPlace(name: string, tiers?: readonly PlaceTier[]): boolean {
  const list = units(foldKey(name));
  if (list.length === 0) return false;
  return tiers ? list.some((p) => tiers.includes(p.tier)) : true;
}

/** The province a name denotes (a province, or a district's province before 2025), or null. */
export function provinceOf(name: string): string | null {
  const list = units(foldKey(name));
  if (list.length === 0) return null;
  const p = list.find((x) => x.tier === 'province');
  if (p) return p.name;
  const provinces = new Set(list.filter((x) => x.tier === 'district' && x.province).map((x) => x.province!));
  return provinces.size === 1 ? [...provinces][0] : null;
}
