/**
 * Writes src/vocabulary/places/keys.generated.ts (folded keys of the administrative units, see
 * src/vocabulary/places/keys-source.ts). Re-run after changing units.ts or folding:
 *   npx tsx scripts/build-place-keys.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { placeKeysModule } from '../src/vocabulary/places/keys-source.js';

const out = fileURLToPath(new URL('../src/vocabulary/places/keys.generated.ts', import.meta.url));
writeFileSync(out, placeKeysModule());
console.log(`wrote ${out}`);
