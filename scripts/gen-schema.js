// Regenerates the artefacts derived from the zod record schema (run after `npm run build`):
//   schema/record.schema.json                  the JSON Schema, from zod's own toJSONSchema
//   src/record/validate-record.generated.ts    a compiled validator of that JSON Schema (our
//                                              code generator, schema-artifacts.js, checked
//                                              against ajv by test/record), used at run time so that
//                                              validating every record costs little and the
//                                              CLI need not load zod to start
// test/record/schema.test.ts fails when either is stale.
import { writeFileSync } from 'node:fs';
import { generatedArtifacts } from './schema-artifacts.js';

const { schemaJson, validatorSource } = await generatedArtifacts();
writeFileSync(new URL('../schema/record.schema.json', import.meta.url), schemaJson);
writeFileSync(new URL('../src/record/validate-record.generated.ts', import.meta.url), validatorSource);
console.log('wrote schema/record.schema.json and src/record/validate-record.generated.ts');
