/**
 * What turns one page of the site into one HTML file that works from disk, beside vite-plugin-singlefile (which
 * inlines the scripts and styles, and the fonts as data: URLs): the icon inlined too, the fonts cut down to the
 * characters the file can show, and on the deck one font for screen and print. Nothing here depends on how the
 * app is split into chunks: it works on whatever the build emits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin, ResolvedConfig } from 'vite';
import { charactersOf } from './font.ts';

/** A woff2 font inlined as a data: URL, as Vite writes it in CSS. */
const WOFF2_URL = /url\(["']?data:font\/woff2;base64,([A-Za-z0-9+/=]+)["']?\)/g;
const FONT_FACE = /@font-face\s*\{[^}]*\}/g;

/** The characters a text can show, its escapes (`\u00a0`, `\xa0`, `\u{1f600}`) decoded. */
function shownCharacters(text: string): string {
  const escaped = [...text.matchAll(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g)].map((match) =>
    String.fromCodePoint(parseInt(match[1] ?? match[2] ?? match[3], 16)),
  );
  return charactersOf([text, escaped.join('')]);
}

/**
 * The deck's CSS declares the screen font (a variable font) and its static cuts for print (Chrome prints variable
 * fonts as Type 3). Both carry the same glyphs; the deck uses only the weights the static cuts have (400, 600,
 * 700). In one file, the static cuts serve both: the variable face goes and the print family takes the screen
 * family's name. A CSS without both faces (the study page) is left as it is.
 */
export function oneFontFamily(css: string, screen = 'Source Sans 3', print = 'Source Sans 3 Print'): string {
  const faces = css.match(FONT_FACE) ?? [];
  const family = (face: string) => /font-family:\s*["']?([^;"'}]+)["']?/.exec(face)?.[1].trim();
  const screenFaces = faces.filter((face) => family(face) === screen);
  const printFaces = faces.filter((face) => family(face) === print);
  if (screenFaces.length === 0 || printFaces.length === 0) return css;
  let merged = css;
  for (const face of screenFaces) merged = merged.replace(face, '');
  return merged.replaceAll(`"${print}"`, `"${screen}"`).replaceAll(`'${print}'`, `'${screen}'`);
}

/** Every woff2 font of the CSS cut down to these characters; a font the cut would not shrink stays as it is. */
export async function subsetFonts(css: string, characters: string): Promise<string> {
  const fonts = [...new Set([...css.matchAll(WOFF2_URL)].map((match) => match[1]))];
  let cut = css;
  for (const base64 of fonts) {
    const original = Buffer.from(base64, 'base64');
    const subset = await subsetFont(original, characters, { targetFormat: 'woff2' });
    if (subset.length < original.length) cut = cut.replaceAll(base64, subset.toString('base64'));
  }
  return cut;
}

/** The href of the page's icon as a data: URL, when it names a file of public/. */
function inlineIcon(html: string, publicDir: string): string {
  return html.replace(
    /(<link\b[^>]*\brel="icon"[^>]*\bhref=")([^"]+)(")/,
    (whole, before: string, href: string, after: string) => {
      if (href.startsWith('data:')) return whole;
      const file = join(publicDir, href.replace(/^\.?\//, ''));
      const type = href.endsWith('.svg') ? 'image/svg+xml' : 'image/png';
      const body = readFileSync(file);
      const data =
        type === 'image/svg+xml'
          ? `data:${type},${encodeURIComponent(body.toString('utf8'))}`
          : `data:${type};base64,${body.toString('base64')}`;
      return `${before}${data}${after}`;
    },
  );
}

export interface SingleFileOptions {
  /** Hides the links to the study page (a deck exported without its study page). */
  hideStudyLinks: boolean;
}

/** Runs before vite-plugin-singlefile inlines the CSS (its generateBundle is `post`). */
export function singleFileAssets(options: SingleFileOptions): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'summit-recap:single-file',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const icon = inlineIcon(html, config.publicDir || join(config.root, 'public'));
        if (!options.hideStudyLinks) return icon;
        return icon.replace('</head>', '<style>.study-link{display:none}</style></head>');
      },
    },
    generateBundle: {
      // After Vite emits the CSS and the page, before vite-plugin-singlefile (a later plugin) inlines them.
      order: 'post',
      async handler(_options, bundle) {
        const outputs = Object.values(bundle);
        const texts = outputs.map((output) =>
          output.type === 'chunk' ? output.code : typeof output.source === 'string' ? output.source : '',
        );
        const characters = shownCharacters(texts.join('').replace(WOFF2_URL, ''));
        for (const output of outputs) {
          if (output.type !== 'asset' || !output.fileName.endsWith('.css') || typeof output.source !== 'string')
            continue;
          output.source = await subsetFonts(oneFontFamily(output.source), characters);
        }
      },
    },
  };
}
