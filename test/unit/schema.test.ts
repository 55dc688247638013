/** The committed JSON Schemas (editor completion) match the zod model, and every data file points at its schema. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaText, SCHEMA_FILES } from '../../src/cli/json-schema.ts';

const SLIDES = path.resolve('slides');

describe('slides/*.schema.json', () => {
  it('covers the deck file and the talk files', () => {
    expect(Object.keys(SCHEMA_FILES).sort()).toEqual(['deck.schema.json', 'talk.schema.json']);
  });

  it.each(Object.entries(SCHEMA_FILES))('slides/%s is up to date', (name, schema) => {
    const committed = readFileSync(path.join(SLIDES, name), 'utf8');
    expect(committed, `slides/${name} is stale: run \`npm run schemas\` and commit the result`).toBe(
      jsonSchemaText(schema),
    );
  });

  it.each(Object.entries(SCHEMA_FILES))(
    'slides/%s is draft-07, which the YAML language server supports fully',
    (_name, schema) => {
      const text = jsonSchemaText(schema);
      expect(JSON.parse(text).$schema).toBe('http://json-schema.org/draft-07/schema#');
      // Keywords that draft-07 does not know: the editor would ignore them, or warn.
      for (const keyword of ['$defs', 'prefixItems', 'unevaluatedProperties', 'dependentRequired']) {
        expect(text).not.toContain(`"${keyword}"`);
      }
    },
  );

  it('describes the fields authors write (a sanity check of the generator)', () => {
    const talk = JSON.parse(jsonSchemaText(SCHEMA_FILES['talk.schema.json'])) as {
      required: string[];
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(talk.required).toEqual(['id', 'title', 'kind']);
    expect(Object.keys(talk.properties)).toEqual(
      expect.arrayContaining(['id', 'title', 'kind', 'speakers', 'points', 'roadmap', 'history']),
    );
    expect(talk.additionalProperties).toBe(false);
  });
});

describe('YAML files under slides/', () => {
  const yamlFiles = readdirSync(SLIDES)
    .filter((name) => statSync(path.join(SLIDES, name)).isDirectory())
    .flatMap((event) =>
      readdirSync(path.join(SLIDES, event))
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => `${event}/${name}`),
    );

  it('finds the data files', () => {
    expect(yamlFiles).toContain('boston-2017/deck.yaml');
    expect(yamlFiles.length).toBeGreaterThan(1);
  });

  it.each(yamlFiles)('slides/%s starts with a yaml-language-server line naming its schema', (file) => {
    const firstLine = readFileSync(path.join(SLIDES, file), 'utf8').split('\n')[0];
    const schemaFile = path.basename(file) === 'deck.yaml' ? 'deck.schema.json' : 'talk.schema.json';
    expect(firstLine, `add "# yaml-language-server: $schema=../${schemaFile}" as the first line`).toBe(
      `# yaml-language-server: $schema=../${schemaFile}`,
    );
    const target = path.resolve(path.dirname(path.join(SLIDES, file)), `../${schemaFile}`);
    expect(statSync(target).isFile()).toBe(true);
  });
});
