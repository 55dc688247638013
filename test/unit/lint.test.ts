/** The lint rules that keep the layers apart: each flags what it should and lets the rest through. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

/** The messages of the rules that restrict imports, for a text linted as if it were that file. */
async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((message) => /restricted/.test(message.ruleId ?? '') || message.fatal)
    .map((message) => `${message.ruleId}: ${message.message}`);
}

const svelte = (script: string) => `<script lang="ts">\n${script}\n</script>\n`;

describe('reveal.js is owned by Deck.svelte', () => {
  it('rejects a runtime import of reveal.js or a plugin anywhere else, static or dynamic', async () => {
    expect(
      await restrictions('src/deck/controllers/example.ts', "import Reveal from 'reveal.js';\nvoid Reveal;\n"),
    ).toEqual([expect.stringMatching(/owned by src\/deck\/Deck\.svelte/)]);
    expect(
      await restrictions('src/deck/Other.svelte', svelte("import Notes from 'reveal.js/plugin/notes';\nvoid Notes;")),
    ).toHaveLength(1);
    expect(await restrictions('src/main.ts', "void import('reveal.js/plugin/search');\n")).toHaveLength(1);
    expect(await restrictions('quiz/example.ts', "void import('reveal.js');\n")).toHaveLength(1);
  });

  it('allows type imports anywhere, and everything in Deck.svelte', async () => {
    expect(
      await restrictions(
        'src/deck/controllers/example.ts',
        "import type { RevealApi } from 'reveal.js';\nexport type A = RevealApi;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictions(
        'src/deck/Deck.svelte',
        svelte(
          "import Reveal from 'reveal.js';\nimport 'reveal.js/reveal.css';\nvoid Reveal;\nvoid import('reveal.js/plugin/notes');",
        ),
      ),
    ).toEqual([]);
  });
});

describe('the deck’s page', () => {
  it('takes only types from src/model/index.ts, which brings the schemas along', async () => {
    expect(
      await restrictions(
        'src/deck/Example.svelte',
        svelte("import { vocabularyOf } from '../model/index.ts';\nvoid vocabularyOf;"),
      ),
    ).toHaveLength(1);
    expect(
      await restrictions(
        'src/deck/example.ts',
        "import type { Deck } from '../model/index.ts';\nexport type A = Deck;\n",
      ),
    ).toEqual([]);
    expect(
      await restrictions(
        'src/deck/example.ts',
        "import { vocabularyOf } from '../model/vocabulary.ts';\nvoid vocabularyOf;\n",
      ),
    ).toEqual([]);
  });
});

describe('the model', () => {
  it('reads files only in src/model/fs.ts', async () => {
    const code = "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n";
    expect(await restrictions('src/model/example.ts', code)).toHaveLength(1);
    expect(await restrictions('src/model/fs.ts', code)).toEqual([]);
  });

  it('keeps its file-system edge out of quiz/, which runs in the browser', async () => {
    const code = "import { loadDeck } from '../src/model/fs.ts';\nvoid loadDeck;\n";
    expect(await restrictions('quiz/example.ts', code)).toEqual([expect.stringMatching(/no file system/)]);
    expect(
      await restrictions('quiz/example.ts', "import { BACKLOG } from '../src/model/constants.ts';\nvoid BACKLOG;\n"),
    ).toEqual([]);
  });
});
