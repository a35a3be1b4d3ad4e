// Regenerates schema/record.schema.json from the zod schema (run after `npm run build`).
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../dist/record/schema.js';

writeFileSync(new URL('../schema/record.schema.json', import.meta.url), JSON.stringify(recordJsonSchema(), null, 2) + '\n');
console.log('wrote schema/record.schema.json');
