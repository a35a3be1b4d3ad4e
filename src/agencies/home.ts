/**
 * The document's home unit: the commune or district whose bodies speak in it. A commune's own
 * notice (or a news item about one commune) writes its bodies bare: "Bí thư Đảng ủy", "Trưởng
 * Công an", "Chủ tịch Ủy ban Mặt trận Tổ quốc" are the commune's Đảng ủy, Công an and front. Like
 * the header's province for provincial bodies (issue #6, "Place qualifiers"), the home unit is
 * an implied qualifier; unlike it, it enters the name ("Đảng ủy thị trấn Liên Hương"), because a
 * bare body of a lower tier has no level word to name it by.
 *
 * The home unit is
 * - the issuer's unit when the header names a commune or district ("UBND thị trấn Liên Hương",
 *   "UBND huyện Krông Nô"; a province-level city such as "thành phố Hồ Chí Minh" is no home);
 * - without a header issuer, the one commune named with a place, provided one of its own bodies
 *   is named with it ("UBND thị trấn Liên Hương ... Ban Chỉ đạo ... thị trấn Liên Hương").
 * A document issued at province or central level has no home unit: its bare "Công an" is nobody's.
 */
import type { NoticeDocument } from '../record/schema.js';
import { placesByKey, provinceOf } from '../vocabulary/places/index.js';
import { UNIT_BODIES } from './lexicon/bodies.js';
import { LEVEL_WORDS } from './lexicon/levels.js';
import type { RawMention } from './recognise.js';
import { foldKey } from './text/fold.js';

export interface Home {
  tier: 'commune' | 'district';
  /** Canonical level word ("thị trấn", "xã", "huyện"). */
  level: string;
  /** Place as in the issuer line or the mention ("Liên Hương", "Krông Nô"). */
  place: string;
  /** Base of the issuer's own body ("Ủy ban nhân dân"), when the header names it. */
  issuerBase: string | null;
}

/** Bodies a commune or a district has one of, printed bare by its own documents. */
export const HOME_BODIES: Readonly<Record<Home['tier'], ReadonlySet<string>>> = {
  commune: UNIT_BODIES,
  // A district's Party committee is its Huyện ủy: a bare "Đảng ủy" there is some body's own.
  district: new Set([...UNIT_BODIES].filter((b) => b !== 'Đảng ủy')),
};

/** A commune or district named after its level word at the end of an issuer line. */
export const ISSUER_UNIT = /(?:^|\s)(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ)\s{1,3}(\p{Lu}[\p{L}'’ -]{1,40})$/u;

const LEVEL_BY_KEY = new Map(LEVEL_WORDS.map((l) => [l.folded, l]));

function fromIssuerLine(line: string): Omit<Home, 'issuerBase'> | null {
  const m = ISSUER_UNIT.exec(line.trim());
  if (!m) return null;
  const lw = LEVEL_BY_KEY.get(foldKey(m[1]));
  const place = m[2].trim();
  if (!lw) return null;
  if (lw.tier === 'commune') return { tier: 'commune', level: lw.canonical, place };
  // "thành phố" is a province (Hà Nội) or a district-level city (Buôn Ma Thuột).
  const units = placesByKey(foldKey(place));
  if (lw.tier === 'district' || (lw.canonical === 'thành phố' && units.some((u) => u.tier === 'district') && provinceOf(place) !== place)) {
    return { tier: 'district', level: lw.canonical, place };
  }
  return null;
}

/** The home unit of a document, or null. `mentions` are the recogniser's, in order. */
export function homeUnit(doc: NoticeDocument, mentions: readonly RawMention[]): Home | null {
  const issuer = doc.issuer;
  if (issuer) {
    for (const line of [issuer.name, issuer.parent]) {
      const unit = line ? fromIssuerLine(line) : null;
      if (!unit) continue;
      // The issuer's own body: the first mention inside the header's issuer lines.
      const own = mentions.find((m) => m.start >= issuer.span.start && m.end <= issuer.span.end);
      return { ...unit, issuerBase: own && line === issuer.name ? own.base : null };
    }
    return null;
  }
  let home: Home | null = null;
  let ownBody = false;
  for (const m of mentions) {
    if (m.tier !== 'commune' || !m.place || m.plural || !m.level) continue;
    if (home && foldKey(home.place) !== foldKey(m.place)) return null;
    home ??= { tier: 'commune', level: m.level, place: m.place, issuerBase: null };
    if (HOME_BODIES.commune.has(m.base) || m.base === 'Ban Chỉ đạo') ownBody = true;
  }
  return ownBody ? home : null;
}

/** True for a mention with neither level nor place nor plural nor open name: a bare body. */
function isBare(m: RawMention): boolean {
  return !m.level && !m.place && !m.plural && !m.proper && !m.purpose;
}

/**
 * Qualifies the bare bodies of the home unit with its level (and place), and the home's bodies
 * printed with its level only ("UBND huyện" in a notice of UBND huyện Krông Nô) with its place.
 * The place enters the name for a commune's bodies and for the issuer's own body; a district's
 * other bodies take the level only ("Công an" -> "Công an huyện", as printed elsewhere), the
 * place being implied. Drops the mentions that needed a home and found none (a bare "Công an").
 */
export function applyHome(mentions: RawMention[], home: Home | null): RawMention[] {
  if (home === null && !mentions.some((m) => m.needsHome)) return mentions;
  // The mentions are this document's own (recognise makes them): qualified in place.
  const out: RawMention[] = [];
  for (const m of mentions) {
    const homeBody = home !== null && HOME_BODIES[home.tier].has(m.base);
    const named = home !== null && (home.tier === 'commune' || m.base === home.issuerBase);
    if (homeBody && isBare(m)) {
      const suffix = named ? ` ${home.level} ${home.place}` : ` ${home.level}`;
      m.name += suffix;
      m.key += suffix;
      m.level = home.level;
      m.tier = home.tier;
      m.place = named ? home.place : null;
      m.impliedPlace = true;
      m.needsHome = false;
    } else if (m.needsHome) {
      continue;
    } else if (homeBody && named && m.level === home.level && !m.place && !m.plural) {
      m.name += ` ${home.place}`;
      m.key += ` ${home.place}`;
      m.place = home.place;
      m.impliedPlace = true;
    }
    out.push(m);
  }
  return out;
}
