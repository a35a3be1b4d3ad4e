/**
 * Agencies stage (issue #6): every public body the document names, merged into one Agency per
 * body with all its mentions (first mention first), and each directive's agencies with their
 * roles (lead / support / mentioned).
 *
 * Added field: `place` on an Agency, `{ name, implied }`. A body qualified in the text ("UBND
 * huyện Krông Búk") has `implied: false`. A provincial body without a printed place ("Sở Y tế",
 * "UBND tỉnh") in a document where only one province is in play (the header's issuer or place,
 * no other province named as a qualifier) gets that province with `implied: true`; its canonical
 * `name` is not changed. A bare body of the document's home commune or district (home.ts: "Bí thư
 * Đảng ủy" in a notice of a thị trấn) takes the home's level and place into its name, `implied: true`.
 */
import type { DocumentContext, Stage } from '../context.js';
import type { Agency, NoticeDocument, Span } from '../record/schema.js';
import { provinceOf } from '../vocabulary/places/index.js';
import { applyHome, homeUnit } from './home.js';
import { mergeMentions, type Merged } from './merge.js';
import { sortedBy } from './order.js';
import { recognise, type RawMention } from './recognise.js';
import { assignRoles, type PlacedMention } from './roles.js';
import { fold } from './text/fold.js';

/** The place of an agency: printed with it, or implied by the one province in play. */
export interface AgencyPlace {
  name: string;
  implied: boolean;
}

/** An agency with the added place field. */
export type AgencyWithPlace = Agency & { place?: AgencyPlace };

/** What the agencies stage leaves for the references stage (per context, no global state). */
export interface AgencyScan {
  folded: string;
  mentions: readonly PlacedMention[];
  /** Place of each agency (by name), also when the record cannot carry it yet. */
  places: ReadonlyMap<string, AgencyPlace>;
}

const SCANS = new WeakMap<DocumentContext, AgencyScan>();

/** The folded text and placed mentions of a context the agencies stage has run on (else null). */
export function agencyScanOf(ctx: DocumentContext): AgencyScan | null {
  return SCANS.get(ctx) ?? null;
}

/** Issuer codes and names of central bodies (the document is issued centrally). */
export const CENTRAL_ISSUER = /(?:^|[^\p{L}])(?:VPCP|TTg|CP|QH\d*|UBTVQH\d*|TW|BCT|BYT|BTC|NHNN|TCT|Chính phủ|CHÍNH PHỦ|Thủ tướng|THỦ TƯỚNG|Quốc hội|QUỐC HỘI|Trung ương|TRUNG ƯƠNG|Bộ |BỘ |Tổng cục|TỔNG CỤC)(?![\p{L}])/u;

/** A province or district named after its level word in an issuer line ("UBND tỉnh Đắk Lắk"). */
export const ISSUER_PLACE = /(?:tỉnh|thành phố|huyện|quận|thị xã|TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(\p{Lu}[\p{L}'’ -]{1,40})$/u;

function isCentral(doc: NoticeDocument): boolean {
  const parts = [doc.issuer?.name, doc.issuer?.parent, doc.number?.issuerCode].filter((x): x is string => !!x);
  return parts.some((p) => CENTRAL_ISSUER.test(p));
}

/** The one province in play, or null: from the header, unless the body names another province. */
function provinceInPlay(doc: NoticeDocument, merged: readonly Merged[], central: boolean): string | null {
  if (central) return null;
  let province: string | null = null;
  for (const s of [doc.issuer?.parent, doc.issuer?.name]) {
    const m = s ? ISSUER_PLACE.exec(s.trim()) : null;
    if (m) province ??= provinceOf(m[1].trim());
  }
  if (!province && doc.place && doc.issuer) province = provinceOf(doc.place.name);
  if (!province) return null;
  for (const a of merged) {
    if (a.rep.place && a.rep.tier === 'province') {
      const p = provinceOf(a.rep.place);
      if (p && p !== province) return null;
    }
  }
  return province;
}

const PROVINCIAL_KINDS = new Set(['so']);
const PROVINCIAL_BASES = new Set(['Tỉnh ủy']);

function insideAny(span: Span, zones: readonly Span[]): boolean {
  for (const z of zones) if (span.start >= z.start && span.end <= z.end) return true;
  return false;
}

export const agencies: Stage = (ctx) => {
  const text = ctx.text;
  const folded = fold(text);
  const doc = ctx.findings.document;
  const central = isCentral(doc);
  const chrome = ctx.zones.chrome;
  const recognised: RawMention[] = recognise(text, folded, { central });
  const found = chrome && chrome.length > 0 ? recognised.filter((m) => !insideAny(m, chrome)) : recognised;
  const raw = applyHome(found, homeUnit(doc, found));
  const merged = mergeMentions(raw);
  // A CDC is provincial: a bare "CDC" / "Trung tâm Kiểm soát bệnh tật" in a local document is the province's.
  if (!central) {
    for (const a of merged) {
      if (a.rep.base === 'Trung tâm Kiểm soát bệnh tật' && !a.rep.level && !a.rep.place) a.name = `${a.name} tỉnh`;
    }
  }
  const province = provinceInPlay(doc, merged, central);

  const out: AgencyWithPlace[] = [];
  const placed: PlacedMention[] = [];
  const places = new Map<string, AgencyPlace>();
  for (const a of merged) {
    const agency: AgencyWithPlace = {
      name: a.name,
      kind: a.kind,
      mentions: a.mentions.map((m) => ({ text: m.text, span: { start: m.start, end: m.end } })),
    };
    let place: AgencyPlace | null = null;
    if (a.rep.place) place = { name: a.rep.place, implied: a.rep.impliedPlace };
    else if (province && !a.rep.plural && (a.rep.tier === 'province' || PROVINCIAL_KINDS.has(a.kind) || PROVINCIAL_BASES.has(a.rep.base))) {
      place = { name: province, implied: true };
    }
    if (place) {
      places.set(a.name, place);
      agency.place = place;
    }
    out.push(agency);
    // Small objects of one shape: the roles step reads them in its inner loops.
    for (const m of a.mentions) placed.push({ start: m.start, end: m.end, name: a.name });
  }
  if (!sortedBy(placed, (x) => x.start)) placed.sort((x, y) => x.start - y.start);
  ctx.findings.agencies = out;
  SCANS.set(ctx, { folded, mentions: placed, places });
  assignRoles(ctx.findings.directives, placed, text, folded);
};
