/** palette.css is the one palette: its variables are defined there only, and the deck's theme uses no colour of its own. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const PALETTE = 'src/deck/palette.css';

function cssFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? cssFiles(join(dir, entry.name)) : entry.name.endsWith('.css') ? [join(dir, entry.name)] : [],
  );
}

/** [selector, property, value] of every custom property a style sheet defines. */
function definitions(file: string): [string, string, string][] {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].flatMap(([, selector, body]) =>
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(
      ([, property, value]) => [selector.trim(), property, value.trim()] as [string, string, string],
    ),
  );
}

describe('the palette', () => {
  const palette = definitions(PALETTE);
  const names = new Set(palette.map(([, property]) => property));

  it('defines each of its variables once (the print view swaps the font only)', () => {
    const keys = palette.map(([selector, property]) => `${selector} ${property}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    expect(palette.filter(([selector]) => selector !== ':root').map(([, property]) => property)).toEqual([
      '--deck-font',
    ]);
  });

  it('is the only style sheet that defines them', () => {
    const elsewhere = cssFiles('src')
      .filter((file) => relative('.', file) !== PALETTE)
      .flatMap((file) =>
        definitions(file)
          .filter(([, property]) => names.has(property))
          .map(([selector, property, value]) => `${relative('.', file)}: ${selector} { ${property}: ${value} }`),
      );
    expect(elsewhere).toEqual([]);
    expect(names).toContain('--deck-muted');
  });

  it('holds every colour of the deck’s theme', () => {
    const theme = readFileSync('src/deck/theme.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(theme.match(/#[0-9a-f]{3,8}\b|\b(?:rgb|rgba|hsl|hsla)\(/gi) ?? []).toEqual([]);
  });
});
