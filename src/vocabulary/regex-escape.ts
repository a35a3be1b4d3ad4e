/**
 * A literal string as regex source: every character with a meaning in a pattern is escaped
 * (also "/", so the source can stand between slashes). Valid with and without the u flag.
 * The vocabulary modules build their patterns from word lists with it.
 */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
