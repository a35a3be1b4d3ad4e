/**
 * Level words that follow a body's name ("UBND tỉnh", "Công an huyện", "UBND các huyện, thành
 * phố", "UBND cấp xã") and say which tier of government it belongs to. Folded spellings (see
 * text/fold.ts) with the canonical word to print. Tiers: before 1 July 2025 tỉnh / huyện / xã;
 * from then on (Nghị quyết 202/2025/QH15, Luật Tổ chức chính quyền địa phương 2025) tỉnh / xã.
 */

export type Tier = 'central' | 'province' | 'district' | 'commune' | 'region' | 'class';

export interface LevelWord {
  /** Folded spelling as it appears in the folded text. */
  folded: string;
  /** Canonical spelling in a name. */
  canonical: string;
  tier: Tier;
}

export const LEVEL_WORDS: readonly LevelWord[] = [
  { folded: 'tinh', canonical: 'tỉnh', tier: 'province' },
  { folded: 'thanh pho', canonical: 'thành phố', tier: 'province' },
  { folded: 'tp.', canonical: 'thành phố', tier: 'province' },
  { folded: 'tp', canonical: 'thành phố', tier: 'province' },
  { folded: 'huyen', canonical: 'huyện', tier: 'district' },
  { folded: 'quan', canonical: 'quận', tier: 'district' },
  { folded: 'thi xa', canonical: 'thị xã', tier: 'district' },
  { folded: 'tx.', canonical: 'thị xã', tier: 'district' },
  { folded: 'xa', canonical: 'xã', tier: 'commune' },
  { folded: 'phuong', canonical: 'phường', tier: 'commune' },
  { folded: 'thi tran', canonical: 'thị trấn', tier: 'commune' },
  { folded: 'dac khu', canonical: 'đặc khu', tier: 'commune' },
  { folded: 'trung uong', canonical: 'Trung ương', tier: 'central' },
  { folded: 'tw', canonical: 'Trung ương', tier: 'central' },
  { folded: 'vung', canonical: 'vùng', tier: 'region' },
  { folded: 'khu vuc', canonical: 'khu vực', tier: 'region' },
  { folded: 'cap tinh', canonical: 'cấp tỉnh', tier: 'class' },
  { folded: 'cap huyen', canonical: 'cấp huyện', tier: 'class' },
  { folded: 'cap xa', canonical: 'cấp xã', tier: 'class' },
  { folded: 'cap co so', canonical: 'cấp cơ sở', tier: 'class' },
  { folded: 'cac cap', canonical: 'các cấp', tier: 'class' },
];

/** Level words that may be listed after "các" ("các huyện, thành phố", "các xã, phường, đặc khu"). */
export const PLURAL_MEMBERS: readonly string[] = ['tinh', 'thanh pho', 'huyen', 'quan', 'thi xa', 'xa', 'phuong', 'thi tran', 'dac khu'];

/** Level words of one syllable must be spelt exactly ("tình hình" is not "tỉnh"). */
export const EXACT_LEVEL_WORDS: ReadonlySet<string> = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'vùng']);

/** Level phrases that name no level: a body "at all levels" ("UBND các cấp") is a generic class. */
export const GENERIC_LEVELS: ReadonlySet<string> = new Set(['các cấp']);
