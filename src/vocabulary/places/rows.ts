/**
 * The units of units.ts in one fixed order, as printed in the data (old or new tone placement).
 * Shared by the lookup (index.ts) and the generator of its folded keys (keys-source.ts), so that
 * the n-th unit here is the n-th of keys.generated.ts (unitAt gives it directly).
 */
import { BEFORE_2025, FROM_2025 } from './units.js';

/** Separator of KEYS in keys.generated.ts (folded keys hold only lower-case ASCII letters, digits, spaces and marks like "'"). */
export const KEY_SEPARATOR = ';';

/** Width of one unit index in UNITS of keys.generated.ts (base 36). */
export const UNIT_DIGITS = 3;

export type PlaceTier = 'province' | 'district' | 'commune';
export type PlaceEra = 'before-2025' | 'from-2025';

/** One unit: its data spelling, tier, level code, era, and for a district its province's index in BEFORE_2025.provinces. */
export type UnitVisitor = (name: string, tier: PlaceTier, level: string, era: PlaceEra, province?: number) => void;

/** A run of units in forEachUnit order: its rows ("name|level[|province]", or names of one level). */
interface Section {
  rows: readonly string[];
  tier: PlaceTier;
  era: PlaceEra;
  /** The level of every row (communes); otherwise each row gives its own. */
  level?: string;
}

function sections(): Section[] {
  const out: Section[] = [
    { rows: BEFORE_2025.provinces, tier: 'province', era: 'before-2025' },
    { rows: FROM_2025.provinces, tier: 'province', era: 'from-2025' },
    { rows: BEFORE_2025.districts, tier: 'district', era: 'before-2025' },
  ];
  for (const [level, names] of Object.entries(BEFORE_2025.communes)) out.push({ rows: (names as string).split(';'), tier: 'commune', era: 'before-2025', level });
  for (const [level, names] of Object.entries(FROM_2025.communes)) out.push({ rows: (names as string).split(';'), tier: 'commune', era: 'from-2025', level });
  return out;
}

function visitRow(s: Section, row: string, visit: UnitVisitor): void {
  if (s.level !== undefined) return visit(row, s.tier, s.level, s.era);
  if (s.tier !== 'district') {
    const [name, level] = row.split('|');
    return visit(name, s.tier, level, s.era);
  }
  const [name, level, province] = row.split('|');
  visit(name, s.tier, level, s.era, Number(province));
}

export function forEachUnit(visit: UnitVisitor): void {
  for (const s of sections()) for (const row of s.rows) visitRow(s, row, visit);
}

/** The sections with the index of each one's first unit, made on first use. */
let indexed: { start: number; section: Section }[] | undefined;

/** Visits the unit at `index` in forEachUnit order (0 <= index < number of units). */
export function unitAt(index: number, visit: UnitVisitor): void {
  if (indexed === undefined) {
    let start = 0;
    indexed = sections().map((section) => {
      const s = { start, section };
      start += section.rows.length;
      return s;
    });
  }
  let i = indexed.length - 1;
  while (indexed[i].start > index) i--;
  const { start, section } = indexed[i];
  visitRow(section, section.rows[index - start], visit);
}
