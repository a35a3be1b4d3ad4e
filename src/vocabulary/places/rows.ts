/**
 * The units of units.ts in one fixed order, as printed in the data (old or new tone placement).
 * Shared by the lookup (index.ts) and the generator of its folded keys (keys-source.ts), so that
 * the n-th key of keys.generated.ts is the n-th unit here.
 */
import { BEFORE_2025, FROM_2025 } from './units.js';

export type PlaceTier = 'province' | 'district' | 'commune';
export type PlaceEra = 'before-2025' | 'from-2025';

/** One unit: its data spelling, tier, level code, era, and for a district its province's index in BEFORE_2025.provinces. */
export type UnitVisitor = (name: string, tier: PlaceTier, level: string, era: PlaceEra, province?: number) => void;

export function forEachUnit(visit: UnitVisitor): void {
  for (const row of BEFORE_2025.provinces) {
    const [name, level] = row.split('|');
    visit(name, 'province', level, 'before-2025');
  }
  for (const row of FROM_2025.provinces) {
    const [name, level] = row.split('|');
    visit(name, 'province', level, 'from-2025');
  }
  for (const row of BEFORE_2025.districts) {
    const [name, level, province] = row.split('|');
    visit(name, 'district', level, 'before-2025', Number(province));
  }
  for (const [level, names] of Object.entries(BEFORE_2025.communes)) {
    for (const name of (names as string).split(';')) visit(name, 'commune', level, 'before-2025');
  }
  for (const [level, names] of Object.entries(FROM_2025.communes)) {
    for (const name of (names as string).split(';')) visit(name, 'commune', level, 'from-2025');
  }
}
