/**
 * Vietnamese lower and upper case. Unicode's locale-specific case mappings (SpecialCasing.txt)
 * exist only for Lithuanian, Turkish and Azeri, so for Vietnamese the locale mapping is the
 * default one: `s.toLocaleLowerCase('vi') === s.toLowerCase()` for every string
 * (test/agencies/case.test.ts checks every code point). The plain calls skip resolving the
 * locale on each call, which costs about a microsecond.
 */

/** `s.toLocaleLowerCase('vi')`. */
export function lowerVi(s: string): string {
  return s.toLowerCase();
}

/** `s.toLocaleUpperCase('vi')`. */
export function upperVi(s: string): string {
  return s.toUpperCase();
}
