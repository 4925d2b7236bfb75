/**
 * Agency and place names in the one form they are compared in. Reports print the same name with
 * full-width letters, stray spaces and Markdown marks, and now and then with a variant of one
 * character that the official list spells otherwise; matching, grouping and keys all compare the
 * form made here, never the printed string.
 */

/**
 * Characters printed for one another in place names, each mapped to the form compared. A small
 * table of real cases, not a special case for one name; both the reports and the official list
 * (src/lib/place/) are read through it, so either spelling matches the other.
 */
export const VARIANT_CHARACTERS: Readonly<Record<string, string>> = {
  // 郭楞 (Mongolian gol): the official list spells 吉尔格勒特郭愣蒙古民族乡 (乌苏市) with 愣 but
  // 巴音郭楞 and seven other names with 楞; the report of 吉尔格勒特 prints 郭楞.
  愣: '楞',
  // 於潜镇 (杭州市临安区) is the list's spelling; reports and pages print 于潜.
  於: '于',
  // 东漖街道 (广州市荔湾区): 漖 is a local variant of 滘, and the name is printed both ways.
  漖: '滘',
  // 嶴 is the traditional form of 岙, found in print for the Zhejiang coastal names the list writes with 岙.
  嶴: '岙',
};

const VARIANT = new RegExp(`[${Object.keys(VARIANT_CHARACTERS).join('')}]`, 'g');

/**
 * A name as compared: compatibility forms folded (full-width letters, digits and brackets become
 * ASCII, NFKC), whitespace and Markdown marks removed, variant characters replaced.
 */
export function nameForm(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s#>*]+/g, '')
    .replace(VARIANT, (c) => VARIANT_CHARACTERS[c]!);
}
