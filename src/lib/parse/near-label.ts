/**
 * Labels damaged in print: a character lost, added, changed or two swapped (real WPS PDFs print
 * `2.其他法律行政止公开` for 2.其他法律行政法规禁止公开). No key of the template matches such a
 * label, so the row would be lost; the parser may take it for a row of the template only when the
 * rows on either side pin its place and the label is close to that row's (applications.ts).
 */

/**
 * The edit distance between two strings: characters inserted, deleted or changed, and two
 * neighbours swapped, each one edit (optimal string alignment; by code point).
 */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  // Three rows of the table: two back (for swaps), one back, this one. Two back is first read
  // for the second row; the first row has none.
  let before: number[] = [];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      // In the first row or column x[-1] or y[-1] is undefined, which equals no character: no swap.
      if (x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[y.length]!;
}

/**
 * Whether a printed label is close enough to the template's to be that label, damaged: at most a
 * third of the template label's characters edited (`其他法律行政止公开` is 3 edits from the 12 of
 * 其他法律行政法规禁止公开); never for a label of fewer than three characters.
 */
export function closeLabel(printed: string, label: string): boolean {
  const length = Array.from(label).length;
  // An empty label is as many edits away as the template's has characters: never close.
  if (length < 3) return false;
  return editDistance(printed, label) <= Math.floor(length / 3);
}
