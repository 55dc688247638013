/** Comparing typed answers with item texts: case, accents, punctuation and small typos do not matter. */

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

function foldOnce(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter]);
}

/**
 * Lower case, no accents, letters and digits only, single spaces: « L’API  v2 » → "l api v2".
 * Idempotent: normalizing twice gives the same text.
 */
export function normalizeAnswer(text: string): string {
  let normalized = foldedTexts.get(text);
  if (normalized === undefined) {
    // Lower-casing can expose new accents (İ → i̇) and decomposing can expose capitals (ǅ → Dž): fold until stable.
    let folded = foldOnce(text);
    for (let again = foldOnce(folded); again !== folded; again = foldOnce(folded)) folded = again;
    normalized = folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (foldedTexts.size >= NORMALIZED_KEPT) foldedTexts.clear();
    foldedTexts.set(text, normalized);
  }
  return normalized;
}

/** The same item texts and names are compared over and over while questions are built: each is folded once. */
const foldedTexts = new Map<string, string>();
const NORMALIZED_KEPT = 10_000;

/** How many typos an expected text of this length tolerates: none for short words, up to 3 for long phrases. */
export function typoTolerance(length: number): number {
  if (length < 4) return 0;
  if (length < 9) return 1;
  if (length < 16) return 2;
  return 3;
}

/**
 * The fewest edits (insert, delete, substitute, swap two neighbours) that turn `pattern` into some run of
 * `text`: 0 when the pattern appears as it is. Sellers' algorithm with transpositions.
 */
export function distanceWithin(pattern: string, text: string): number {
  const rows = pattern.length + 1;
  const columns = text.length + 1;
  const cost: number[][] = Array.from({ length: rows }, (_, row) => {
    const line = new Array<number>(columns).fill(0); // a match may start anywhere in the text
    line[0] = row;
    return line;
  });
  for (let row = 1; row < rows; row++) {
    for (let column = 1; column < columns; column++) {
      const same = pattern[row - 1] === text[column - 1] ? 0 : 1;
      let best = Math.min(cost[row - 1][column] + 1, cost[row][column - 1] + 1, cost[row - 1][column - 1] + same);
      const swapped =
        row > 1 && column > 1 && pattern[row - 1] === text[column - 2] && pattern[row - 2] === text[column - 1];
      if (swapped) best = Math.min(best, cost[row - 2][column - 2] + 1);
      cost[row][column] = best;
    }
  }
  return Math.min(...cost[rows - 1]);
}

/**
 * Whether a typed answer names the expected text: the expected words appear in the answer, as whole words,
 * within the typo tolerance. Both sides are normalized first.
 */
export function answerNames(typed: string, expected: string): boolean {
  const answer = normalizeAnswer(typed);
  const wanted = normalizeAnswer(expected);
  if (!answer || !wanted) return false;
  // Spaces around both keep "ha" from matching inside "chat".
  return distanceWithin(` ${wanted} `, ` ${answer} `) <= typoTolerance(wanted.length);
}
