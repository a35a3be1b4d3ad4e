/**
 * Merging: one body printed in several forms becomes one Agency with all its mentions, first
 * mention first ("UBND tỉnh", "Ủy ban nhân dân tỉnh Đắk Lắk", "UBND tỉnh Đắk Lắk" -> one).
 *
 * 1. Same canonical name (ignoring case and diacritics) -> one body.
 * 2. A body without its place merges into the only variant of the same body and level that has
 *    one ("Tỉnh ủy" -> "Tỉnh ủy Đắk Lắk" when the document prints "Tỉnh ủy ... Đắk Lắk").
 *    A bare "Đảng ủy" merges into the only Đảng ủy of a named body ("Đảng ủy UBND tỉnh").
 * 3. A body without a level ("CDC", "Bộ Chỉ huy Quân sự") merges into the only variant with one;
 *    a bare "Ủy ban nhân dân" / "Hội đồng nhân dân" with several candidates is left out (unclear).
 * 4. Ban Chỉ đạo: a shorter task or a missing level merges into the fuller name whose task
 *    contains its words ("Ban chỉ đạo tỉnh", "Ban chỉ đạo phòng chống dịch Covid-19" -> "Ban Chỉ
 *    đạo phòng, chống dịch bệnh Covid-19 tỉnh"); a plural class stays apart.
 * 5. Open names: "Công ty CP Cấp nước và PTĐT Đăk Nông" = "Công ty Cổ phần Cấp nước và Phát
 *    triển Đô thị tỉnh Đăk Nông" when the capitals spell the initials of the longer name.
 */
import { sortedBy } from './order.js';
import { fold, foldKey, foldLower } from './text/fold.js';
import type { RawMention } from './recognise.js';

/** Words dropped when comparing names and tasks (level words; punctuation is removed). */
export const LEVEL_TOKENS: ReadonlySet<string> = new Set(['tinh', 'huyen', 'xa', 'quan', 'phuong']);

/** Punctuation and separators in a folded name. */
export const NAME_PUNCTUATION = /[,;:.()"'’-]/g;

/** An upper-case letter. */
export const CAPITAL = /\p{Lu}/u;

interface Group {
  key: string;
  mentions: RawMention[];
  /** The representative mention whose name the group takes. */
  rep: RawMention;
  mergedInto?: Group;
}

function specificity(m: RawMention): number {
  let s = 0;
  if (m.place) s += 8;
  if (m.level) s += 4;
  if (m.purpose) s += 1 + Math.min(2, tokens(m.purpose).length / 10);
  if (m.proper) s += Math.min(2, m.proper.length / 40);
  return s;
}

function tokens(s: string): string[] {
  return fold(s).replace(NAME_PUNCTUATION, ' ').split(' ').filter((t) => t.length > 0);
}

function subset(a: string[], b: string[]): boolean {
  const set = new Set(b);
  return a.every((t) => set.has(t));
}

/** True when the printed names align, capitals standing for initials ("CP" = "Cổ phần"). */
export function initialsCompatible(a: string, b: string): boolean {
  const x = a.replace(NAME_PUNCTUATION, ' ').split(' ').filter(Boolean);
  const y = b.replace(NAME_PUNCTUATION, ' ').split(' ').filter(Boolean);
  const drop = (ws: string[]) => ws.filter((w) => !LEVEL_TOKENS.has(foldLower(w)) || CAPITAL.test(w[0]));
  return align(drop(x), 0, drop(y), 0) || align(drop(y), 0, drop(x), 0);
}

function align(x: string[], i: number, y: string[], j: number): boolean {
  if (i === x.length && j === y.length) return true;
  if (i === x.length || j === y.length) return false;
  if (foldLower(x[i]) === foldLower(y[j])) return align(x, i + 1, y, j + 1);
  const w = x[i];
  if (w.length >= 2 && w.length <= 6 && w === w.toUpperCase()) {
    const letters = foldLower(w);
    if (j + letters.length <= y.length) {
      let ok = true;
      for (let k = 0; k < letters.length; k++) if (foldLower(y[j + k])[0] !== letters[k]) ok = false;
      if (ok && align(x, i + 1, y, j + letters.length)) return true;
    }
  }
  return false;
}

export interface Merged {
  name: string;
  kind: string;
  mentions: RawMention[];
  rep: RawMention;
}

/** Merges mentions into bodies, in order of first mention. */
export function mergeMentions(mentions: readonly RawMention[]): Merged[] {
  const groups = new Map<string, Group>();
  const order: Group[] = [];
  for (const m of mentions) {
    const key = foldKey(m.key);
    let g = groups.get(key);
    if (!g) {
      g = { key, mentions: [], rep: m };
      groups.set(key, g);
      order.push(g);
    }
    g.mentions.push(m);
  }
  const live = () => order.filter((g) => !g.mergedInto);
  // Groups by their representative's base, in order (a merge keeps the base: rules 2 and 3 join
  // groups of one base, and a bare "Đảng ủy" never becomes a composite's representative).
  const byBase = new Map<string, Group[]>();
  for (const g of order) {
    const list = byBase.get(g.rep.base);
    if (list) list.push(g);
    else byBase.set(g.rep.base, [g]);
  }
  const into = (from: Group, to: Group) => {
    from.mergedInto = to;
    to.mentions.push(...from.mentions);
    if (specificity(from.rep) > specificity(to.rep)) to.rep = from.rep;
  };

  // 2. Bare -> the only variant with a place.
  for (const g of live()) {
    const r = g.rep;
    if (r.place || r.plural || r.purpose || r.proper) continue;
    const targets = byBase
      .get(r.base)!
      .filter((t) => !t.mergedInto && t !== g && t.rep.place && !t.rep.plural && t.rep.base === r.base && (r.level === null || t.rep.level === r.level));
    if (targets.length === 0) continue;
    const distinct = targets.length === 1 ? 1 : new Set(targets.map((t) => t.key)).size;
    if (distinct === 1 && (r.level !== null || r.entry.placeDirect || targets[0].rep.level === null)) into(g, targets[0]);
  }
  // 2b. A bare "Đảng ủy" -> the only Đảng ủy of a named body ("Đảng ủy, Ban Thường vụ Đảng ủy UBND tỉnh").
  for (const g of live()) {
    const r = g.rep;
    if (r.base !== 'Đảng ủy' || r.level || r.place || r.plural) continue;
    const targets = order.filter((t) => !t.mergedInto && t !== g && t.rep.base.startsWith('Đảng ủy ') && !t.rep.plural);
    if (targets.length === 1) into(g, targets[0]);
  }
  // 3. No level -> the only variant with a level.
  for (const g of live()) {
    const r = g.rep;
    if (r.level || r.place || r.purpose || r.proper || !r.entry.level || r.entry.level === 'none' || r.entry.levelInName === false) continue;
    const targets = byBase.get(r.base)!.filter((t) => !t.mergedInto && t !== g && t.rep.base === r.base && (t.rep.level || t.rep.place));
    if (targets.length === 1) into(g, targets[0]);
    else if (targets.length > 1 && (r.kind === 'ubnd' || r.kind === 'hdnd')) g.mergedInto = g; // unclear: left out
  }
  // 4. Ban Chỉ đạo: into the fuller, compatible name.
  const bcd = live()
    .filter((g) => g.rep.base === 'Ban Chỉ đạo' && !g.rep.plural)
    .sort((a, b) => specificity(b.rep) - specificity(a.rep));
  for (let i = bcd.length - 1; i >= 0; i--) {
    const g = bcd[i];
    const gt = tokens(g.rep.purpose ?? '');
    for (let j = 0; j < i; j++) {
      const t = bcd[j];
      if (t.mergedInto) continue;
      const levelOk = g.rep.level === null || t.rep.level === null || g.rep.level === t.rep.level;
      if (levelOk && subset(gt, tokens(t.rep.purpose ?? ''))) {
        into(g, t);
        break;
      }
    }
  }
  // 5. Open names by initials.
  const open = live().filter((g) => g.rep.proper && g.rep.entry.tail === 'name');
  for (let i = 0; i < open.length; i++) {
    for (let j = 0; j < i; j++) {
      if (open[i].mergedInto || open[j].mergedInto) continue;
      if (open[i].rep.base !== open[j].rep.base) continue;
      if (initialsCompatible(open[i].rep.name, open[j].rep.name)) {
        const [small, big] = open[i].rep.name.length < open[j].rep.name.length ? [open[i], open[j]] : [open[j], open[i]];
        into(small, big);
      }
    }
  }

  const out: Merged[] = [];
  for (const g of order) {
    if (g.mergedInto) continue;
    const ms = g.mentions.slice();
    if (!sortedBy(ms, (m) => m.start)) ms.sort((a, b) => a.start - b.start);
    const rep = g.rep.name.length >= ms[0].name.length || specificity(g.rep) > 0 ? g.rep : ms[0];
    out.push({ name: rep.name, kind: rep.kind, mentions: ms, rep });
  }
  if (!sortedBy(out, (a) => a.mentions[0].start)) out.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return out;
}
