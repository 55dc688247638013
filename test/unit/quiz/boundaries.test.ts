/** quiz/ stays pure: no DOM framework, no Node, nothing from src/ but the model, no hidden clock or dice. */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const quizDir = resolve('quiz');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier: static imports and re-exports, dynamic import(), require(). */
function specifiers(source: string): string[] {
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]));
}

function forbidden(file: string, specifier: string): string | undefined {
  if (specifier === 'svelte' || specifier.startsWith('svelte/')) return 'Svelte';
  if (specifier === 'reveal.js' || specifier.startsWith('reveal.js/')) return 'reveal.js';
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) return 'a Node built-in';
  if (specifier.startsWith('.')) {
    const target = relative(process.cwd(), resolve(file, '..', specifier)).replace(/\\/g, '/');
    if (target.startsWith('quiz/') || target === 'quiz') return undefined;
    // The model's file-system edge is Node only.
    if (target === 'src/model/fs' || target === 'src/model/fs.ts') return `${target} (the model's file-system edge)`;
    if (target === 'src/model' || target.startsWith('src/model/')) return undefined;
    return `${target} (only src/model may be imported from outside quiz/)`;
  }
  return undefined;
}

describe('quiz/ boundaries', () => {
  const files = sourceFiles(quizDir);

  it('finds the quiz sources', () => {
    expect(files.map((file) => relative(quizDir, file))).toContain('index.ts');
  });

  it('imports nothing but quiz/, src/model and pure packages', () => {
    const problems = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8')).flatMap((specifier) => {
        const why = forbidden(file, specifier);
        return why ? [`${relative(process.cwd(), file)} imports "${specifier}": ${why}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('never reads the clock or draws unseeded random numbers', () => {
    const problems = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [/Date\.now\s*\(/, /Math\.random\s*\(/, /new Date\(\s*\)/, /performance\.now\s*\(/]
        .filter((pattern) => pattern.test(source))
        .map((pattern) => `${relative(process.cwd(), file)} uses ${pattern.source}`);
    });
    expect(problems).toEqual([]);
  });

  it('the scanner itself catches each kind of forbidden import', () => {
    const file = join(quizDir, 'example.ts');
    const source = [
      "import { mount } from 'svelte';",
      "import Reveal from 'reveal.js';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { loadDeck } from '../src/model/fs.ts';",
      "import { slideIds } from '../src/deck/view';",
      "export * from '../src/deck/Deck.svelte';",
      "const lazy = await import('svelte/store');",
      "import type { Deck } from '../src/model';",
      "import { z } from 'zod';",
      "import { x } from './items';",
    ].join('\n');
    const flagged = specifiers(source).filter((specifier) => forbidden(file, specifier));
    expect(flagged).toEqual([
      'svelte',
      'reveal.js',
      'node:fs',
      'path',
      '../src/model/fs.ts',
      '../src/deck/view',
      '../src/deck/Deck.svelte',
      'svelte/store',
    ]);
  });
});
