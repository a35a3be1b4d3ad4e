/**
 * Pathological inputs (issue #8): long runs of one character, markers, nested lists, one huge
 * line, agency names and date words in a row. Each is built here from its name, so that the
 * child process that parses it and the test that names it agree.
 */

const MB = 1024 * 1024;

/** Repeats `piece` until the result is at least `chars` long. */
const fill = (piece: string, chars: number) => piece.repeat(Math.ceil(chars / piece.length));

/** A notice's frame: header, introductory formula and one item; the closing. */
const NOTICE_HEAD =
  'ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 12/TB-UBND\n\nĐắk Lắk, ngày 1 tháng 9 năm 2021\n\nTHÔNG BÁO\n\n' +
  'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp\n\nChủ tịch UBND tỉnh kết luận như sau:\n\n1. Giao Sở Y tế chủ trì thực hiện.\n\n';
const NOTICE_TAIL = 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n';
/** A short notice in markdown with what sends a document to remark: a table, emphasis in it, an indented line. */
const MARKDOWN_NOTICE =
  '**ỦY BAN NHÂN DÂN**\n\n# THÔNG BÁO\n\n    Đoạn thụt lề bốn dấu cách\n\n| Số | Nội dung |\n|---|---|\n| 1 | *Sở Y tế* chủ trì |\n\n' +
  '1. Giao **Sở Tài chính** phối hợp.\n\n';

export const PATHOLOGICAL: Record<string, () => string> = {
  // 1 MB of one repeated character.
  '1 MB of "a"': () => fill('a', MB),
  '1 MB of "1"': () => fill('1', MB),
  '1 MB of "."': () => fill('.', MB),
  '1 MB of " "': () => 'x' + fill(' ', MB) + 'x', // spaces inside a line (a text of only spaces is blank)
  '1 MB of "-"': () => fill('-', MB),
  '1 MB of "đ"': () => fill('đ', MB),
  '1 MB of "\\n"': () => 'x' + fill('\n', MB) + 'x',
  '1 MB of "*"': () => fill('*', MB),
  '1 MB of "|"': () => fill('|', MB),
  '1 MB of "#"': () => fill('#', MB),
  '1 MB of "<"': () => fill('<', MB),
  '1 MB of NBSP': () => 'x' + fill('\u00a0', MB) + 'x',
  '1 MB of a combining mark': () => 'a' + fill('\u0301', MB),
  // Markers.
  '100k "1." marker lines': () => fill('1.\n', 100_000 * 3),
  '100k "1." markers on one line': () => fill('1. ', 100_000 * 3),
  '100k numbered items 1. 2. 3. ...': () => Array.from({ length: 100_000 }, (_, i) => `${i + 1}. Sở Y tế thực hiện.`).join('\n'),
  '100k "a)" and "I." markers': () => fill('I.\na)\n', 100_000 * 3),
  // 50k nested dashes: lines of "- " with growing indentation (a sawtooth, so the file stays a few MB).
  '50k nested dashes': () => Array.from({ length: 50_000 }, (_, i) => `${' '.repeat((i % 100) * 2)}- mục ${i}`).join('\n'),
  '50k nested mixed bullets': () => Array.from({ length: 50_000 }, (_, i) => `${' '.repeat(i % 50)}${['-', '+', '•', '*', 'a)', '1.'][i % 6]} ý ${i}`).join('\n'),
  // One huge line.
  'a single 5 MB line': () => fill('Sở Y tế chủ trì, phối hợp với Công an tỉnh thực hiện trước ngày 01/9/2021; ', 5 * MB),
  'a single 5 MB line without spaces': () => fill('Sởytếchủtrì,', 5 * MB),
  // Long documents whose work once grew with the square of their length: every paragraph after
  // the last item leaving it one by one, each directive's quote search running to the end of the
  // text; remark on a whole markdown document of tables.
  '4 MB of paragraphs after the last item': () => NOTICE_HEAD + fill('Sở Tài chính phối hợp thực hiện.\n\n', 4 * MB) + NOTICE_TAIL,
  '2 MB of markdown notices with tables': () => fill(MARKDOWN_NOTICE, 2 * MB),
  // Each recipient line read every agency mention of the document.
  'a notice with 4 MB of recipient lines': () =>
    NOTICE_HEAD + 'Nơi nhận:\n' + fill('- Sở Y tế;\n', 4 * MB) + '- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n',
  // Each agency mention searched back to the start of the text for a comma (there are none).
  'a notice with 4 MB of cited documents': () =>
    NOTICE_HEAD + fill('2. Thực hiện Công văn số 8144/UBND-KGVX ngày 26/8/2021 của UBND tỉnh.\n', 4 * MB) + NOTICE_TAIL,
  // Each citation's issuer looked through every mention of the document ("của Sở ... tỉnh").
  'a notice with 4 MB of citations with an issuer': () =>
    NOTICE_HEAD + fill('2. Thực hiện Công văn số 8144/UBND-KGVX ngày 26/8/2021 của Sở Nông nghiệp và PTNT tỉnh.\n', 4 * MB) + NOTICE_TAIL,
  // Each mention counted the quotes of its directive one by one to know if it stood inside one.
  'a notice with 4 MB of items with quotes': () => NOTICE_HEAD + fill('2. Sở Y tế "chủ trì" và “phối hợp” với Công an tỉnh.\n', 4 * MB) + NOTICE_TAIL,
  // Agencies and dates in a row.
  '"Sở Y tế, " x 30000': () => 'Sở Y tế, '.repeat(30_000),
  'UBND names x 30000': () => 'Ủy ban nhân dân tỉnh Đắk Lắk, UBND huyện Krông Búk, '.repeat(15_000),
  '100k "ngày" tokens': () => 'ngày '.repeat(100_000),
  '50k "ngày tháng năm" dates': () => 'ngày 01 tháng 9 năm 2021, '.repeat(50_000),
  '100k numeric dates': () => '26/8/2021 '.repeat(100_000),
  // Page furniture: 200k bare page numbers "1", each after a line of text (each is a page
  // sequence restarting; the furniture step was quadratic in them before its binary search).
  '200k page numbers "1" between lines': () => 'nội dung\n1\n'.repeat(200_000),
  // Whole-document shapes repeated.
  '20k "Số:" header lines': () => 'Số: 125/TB-VPUBND\n'.repeat(20_000),
  '20k signer blocks': () => 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Tuấn Hà\n'.repeat(20_000),
  '20k "Nơi nhận" blocks': () => 'Nơi nhận:\n- Như trên;\n- Lưu: VT.\n'.repeat(20_000),
  '20k references': () => 'theo Công văn số 8144/UBND-KGVX ngày 26/8/2021 của UBND tỉnh; '.repeat(20_000),
  '100k markdown bold pairs': () => '**a** '.repeat(100_000),
  '50k markdown table rows': () => '| a | b |\n'.repeat(50_000),
  '100k HTML paragraphs': () => `<html><body>${'<p>Sở Y tế</p>'.repeat(100_000)}</body></html>`,
  '200k unclosed HTML tags': () => `<html><body><div>${'<p '.repeat(200_000)}`,
  // Aimed at regexes recheck flags (see regex-redos.test.ts ALLOWLIST).
  'a page-break line with 20k tabs': () => `Số: 1/TB-UBND\n--page${'\t'.repeat(20_000)}break-->\nnội dung\n`,
  'a heading line with 200k tabs before "#"': () => `# Tiêu đề${'\t'.repeat(200_000)}#\t#\nnội dung\n`,
  'a line of 1 MB of tabs': () => `Số: 1/TB-UBND\ne${'\t'.repeat(1_000_000)}k\t\n`,
  // The attacks recheck found on the regexes that were allowlisted before they were rewritten
  // (markdown-lite ATX_CLOSE and NEEDS_FULL_PARSER, header INLINE_MARKUP), scaled up.
  'ATX closing attack: a heading of 1 MB of tabs then "#\\t#"': () => `**THÔNG BÁO**\n\n# Tiêu đề${'\t'.repeat(MB)}#\t#\n`,
  'full-parser attack: "]" then "<\\r[:" x 250k': () => `**Số:** 1\n]${'<\r[:'.repeat(250_000)}\n`,
  'inline-markup attack: "_<AA" x 250k in a header value': () => `Số: 1/TB-UBND\nV/v _<AA${'_<AA'.repeat(250_000)}AAAAAAAAA<A\n`,
};
