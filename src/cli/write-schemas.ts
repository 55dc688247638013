/** Regenerates slides/*.schema.json from the model: `npm run schemas`. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaText, SCHEMA_FILES } from './json-schema.ts';

for (const [name, schema] of Object.entries(SCHEMA_FILES)) {
  writeFileSync(join('slides', name), jsonSchemaText(schema));
  console.log(`wrote slides/${name}`);
}
