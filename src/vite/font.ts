/**
 * The screen font, cut down at build time to the characters the pages can show: the deck's text,
 * the interface words, and printable ASCII. A glyph that is missing still shows, in a fallback font.
 * The Latin variable file is ~28 KiB; the Boston deck's cut is about half of that.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

export const SCREEN_FONT = '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2';

/** Same unicode-range as the fontsource Latin file: characters outside it never ask for this font. */
const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, ' +
  'U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

const ASCII = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
/** Typography the interface writes itself (French spaces, quotes, dashes, arrows, ellipsis). */
const TYPOGRAPHY = '\u00a0\u202f’‘“”«»–—…·•→←↑↓✓✗×%€';

export function fontFaceCss(url: string): string {
  return `@font-face {
  font-family: 'Source Sans 3';
  font-style: normal;
  font-display: swap;
  font-weight: 200 900;
  src: url('${url}') format('woff2');
  unicode-range: ${LATIN_RANGE};
}
`;
}

/** Every character of the given texts, plus ASCII and the interface's typography. */
export function charactersOf(texts: readonly string[]): string {
  return [...new Set([...ASCII, ...TYPOGRAPHY, ...texts.join('')])].sort().join('');
}

/**
 * Writes the cut font under `cacheDir`, named by its content, and returns its path; an unchanged
 * deck reuses the file from the last build.
 */
export async function writeSubsetFont(fontPath: string, characters: string, cacheDir: string): Promise<string> {
  const font = readFileSync(fontPath);
  const key = createHash('sha256').update(font).update(characters).digest('hex').slice(0, 16);
  const path = join(cacheDir, `source-sans-3-wght-${key}.woff2`);
  if (!existsSync(path)) {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(path, await subsetFont(font, characters, { targetFormat: 'woff2' }));
  }
  return path;
}
