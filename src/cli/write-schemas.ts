/** Regenerates slides/*.schema.json from the model: `npm run schemas`. */
import { join } from 'node:path';
import { parseCommandLine, runAsCommand, writeFileAtomically } from './common.ts';
import { jsonSchemaText, SCHEMA_FILES } from './json-schema.ts';

const COMMAND = { name: 'schemas', hint: 'it takes no options', options: {} };

function main(argv: readonly string[]): number {
  parseCommandLine(COMMAND, argv);
  for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
    writeFileAtomically(join('slides', name), jsonSchemaText(schema));
    console.log(`wrote slides/${name}`);
  }
  return 0;
}

await runAsCommand(import.meta.url, COMMAND.name, main);
