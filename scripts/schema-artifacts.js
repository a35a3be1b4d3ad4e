// The generated schema artefacts, as strings (shared by gen-schema.js and the staleness test).
//
// The run-time validator is compiled here from the JSON Schema by a small code generator of
// our own rather than by ajv's standalone code: the record's schema uses a handful of keywords,
// and for those a plain function per distinct object shape (a Span is one function, called
// wherever a span stands) checks a record several times faster than ajv's general code, which
// builds an error object with its path for every null that an `anyOf [X, null]` tries as X
// first. The generator refuses any keyword or form it does not implement, so the validator
// enforces everything the schema says or is not generated at all; test/record/schema.test.ts
// checks that it accepts and rejects exactly what ajv does, on records and on broken records.

/** Keywords the generator implements (any other one stops it). */
const KNOWN = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'anyOf', '$ref', 'const', 'enum',
  'minimum', 'maximum', 'pattern', 'description',
]);

/** The test for one JSON type, as ajv words it. */
const TYPE_TEST = {
  string: (x) => `typeof ${x} === "string"`,
  null: (x) => `${x} === null`,
  integer: (x) => `(typeof ${x} === "number" && !(${x} % 1) && !isNaN(${x}))`,
  number: (x) => `(typeof ${x} === "number" && isFinite(${x}))`,
  boolean: (x) => `typeof ${x} === "boolean"`,
  object: (x) => `(${x} !== null && typeof ${x} === "object" && !Array.isArray(${x}))`,
  array: (x) => `Array.isArray(${x})`,
};

const lit = (v) => JSON.stringify(v);

/**
 * JavaScript source of a validator for `root` (an ES module exporting `validate`):
 * validate(data) is true or false, and after false validate.errors is
 * [{ instancePath, message }] for the first failure found.
 */
export function validatorSource(root) {
  const functions = []; // sources, in order of creation
  const byKey = new Map(); // canonical schema JSON -> function name
  const patterns = [];
  let locals = 0;

  const canonical = (s) => JSON.stringify(s, (k, v) => (k === 'description' ? undefined : v));

  const resolve = (ref) => {
    if (ref === '#') return root;
    const m = /^#\/\$defs\/([^/]+)$/.exec(ref);
    if (!m || !root.$defs || !(m[1] in root.$defs)) throw new Error(`validator: unsupported $ref ${ref}`);
    return root.$defs[m[1]];
  };

  /** The name of the function that checks schema s (made on first use; recursion allowed). */
  const fnFor = (s) => {
    const key = canonical(s);
    let name = byKey.get(key);
    if (name) return name;
    name = `v${byKey.size}`;
    byKey.set(key, name);
    const slot = functions.length;
    functions.push('');
    functions[slot] = `function ${name}(d) {\n${body(s, 'd', null, '  ')}  return true;\n}\n`;
    return name;
  };

  /** A boolean expression that is true when x is valid against s (for anyOf branches). */
  const isValid = (s, x) => {
    if (s.$ref) return `${fnFor(resolve(s.$ref))}(${x})`;
    const keys = Object.keys(s).filter((k) => k !== 'description');
    if (keys.length === 1 && keys[0] === 'type' && s.type === 'null') return `${x} === null`;
    return `${fnFor(s)}(${x})`;
  };

  /** Statements that return false (having said why, at `key` below the current object) when x breaks s. */
  const check = (s, x, key, ind) => {
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new Error('validator: a schema must be an object');
    if (s.$ref) {
      if (Object.keys(s).some((k) => k !== '$ref' && k !== 'description')) throw new Error('validator: $ref with siblings');
      return `${ind}if (!${fnFor(resolve(s.$ref))}(${x})) return ${key === null ? 'false' : `up(${key})`};\n`;
    }
    // An anyOf alone (a nullable value, mostly) is checked in place: its branches are calls already.
    const anyOfAlone = s.anyOf && Object.keys(s).every((k) => k === 'anyOf' || k === 'description');
    const structured = s.properties || s.items || s.required || (s.anyOf && !anyOfAlone);
    if (structured) return `${ind}if (!${fnFor(s)}(${x})) return ${key === null ? 'false' : `up(${key})`};\n`;
    return body(s, x, key, ind);
  };

  /** The checks of schema s on x (failures reported at `key`, or at x itself when key is null). */
  const body = (s, x, key, ind) => {
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`validator: unsupported keyword ${k}`);
    const fail = (message) => `return fail(${lit(message)}${key === null ? '' : `, ${key}`});`;
    let out = '';
    const types = s.type === undefined ? null : Array.isArray(s.type) ? s.type : [s.type];
    if (types) {
      for (const t of types) if (!TYPE_TEST[t]) throw new Error(`validator: unsupported type ${t}`);
      out += `${ind}if (!(${types.map((t) => TYPE_TEST[t](x)).join(' || ')})) ${fail(`must be ${types.join(',')}`)}\n`;
    }
    const only = (t) => types !== null && types.length === 1 && types[0] === t;
    const guard = (t, test) => (only(t) ? '' : `${test} && `);
    if ('const' in s) {
      if (s.const !== null && typeof s.const === 'object') throw new Error('validator: const must be a primitive');
      out += `${ind}if (${x} !== ${lit(s.const)}) ${fail('must be equal to constant')}\n`;
    }
    if (s.enum) {
      for (const v of s.enum) if (v !== null && typeof v === 'object') throw new Error('validator: enum values must be primitives');
      out += `${ind}if (!(${s.enum.map((v) => `${x} === ${lit(v)}`).join(' || ')})) ${fail('must be equal to one of the allowed values')}\n`;
    }
    if (s.minimum !== undefined || s.maximum !== undefined) {
      const numeric = types !== null && types.length === 1 && (types[0] === 'integer' || types[0] === 'number');
      const g = numeric ? '' : `typeof ${x} === "number" && `;
      if (s.minimum !== undefined) out += `${ind}if (${g}(${x} < ${lit(s.minimum)} || isNaN(${x}))) ${fail(`must be >= ${s.minimum}`)}\n`;
      if (s.maximum !== undefined) out += `${ind}if (${g}(${x} > ${lit(s.maximum)} || isNaN(${x}))) ${fail(`must be <= ${s.maximum}`)}\n`;
    }
    if (s.pattern !== undefined) {
      const name = `P${patterns.length}`;
      patterns.push(`const ${name} = new RegExp(${lit(s.pattern)}, "u");\n`);
      out += `${ind}if (${guard('string', `typeof ${x} === "string"`)}!${name}.test(${x})) ${fail(`must match pattern "${s.pattern}"`)}\n`;
    }
    if (s.anyOf) {
      // Cheap branches (null) first: which branch passes does not change the answer.
      const branches = s.anyOf.map((b) => isValid(b, x)).sort((a, b) => Number(!a.endsWith('=== null')) - Number(!b.endsWith('=== null')));
      const nullable = branches.length === 2 && branches[0] === `${x} === null` && !branches[1].endsWith('=== null');
      // [null, X] (a nullable value): a value that is not null fails where X says it does.
      if (nullable) out += `${ind}if (!(${branches.join(' || ')})) return ${key === null ? 'false' : `up(${key})`};\n`;
      else out += `${ind}if (!(${branches.join(' || ')})) ${fail('must match a schema in anyOf')}\n`;
    }
    if (s.properties || s.required || s.additionalProperties !== undefined) {
      if (!only('object')) throw new Error('validator: properties, required and additionalProperties need type "object"');
      const props = s.properties ?? {};
      const required = new Set(s.required ?? []);
      for (const r of required) out += `${ind}if (${x}[${lit(r)}] === undefined) return fail(${lit(`must have required property '${r}'`)});\n`;
      if (s.additionalProperties !== undefined) {
        if (s.additionalProperties !== false) throw new Error('validator: additionalProperties must be false');
        const names = Object.keys(props);
        const known = names.length === 0 ? 'false' : names.map((n) => `k === ${lit(n)}`).join(' || ');
        out += `${ind}for (const k in ${x}) if (!(${known})) return fail("must NOT have additional properties", k);\n`;
      }
      for (const [name, ps] of Object.entries(props)) {
        // Each value read once into a local (a required one is known to be there).
        const v = `p${locals++}`;
        out += `${ind}{\n${ind}  const ${v} = ${x}[${lit(name)}];\n`;
        if (required.has(name)) out += check(ps, v, lit(name), ind + '  ');
        else out += `${ind}  if (${v} !== undefined) {\n${check(ps, v, lit(name), ind + '    ')}${ind}  }\n`;
        out += `${ind}}\n`;
      }
    }
    if (s.items !== undefined) {
      if (!only('array')) throw new Error('validator: items needs type "array"');
      if (typeof s.items !== 'object' || Array.isArray(s.items)) throw new Error('validator: items must be one schema');
      out += `${ind}for (let i = 0; i < ${x}.length; i++) {\n${check(s.items, `${x}[i]`, 'i', ind + '  ')}${ind}}\n`;
    }
    return out;
  };

  for (const k of Object.keys(root)) if (k !== '$schema' && k !== '$defs' && !KNOWN.has(k)) throw new Error(`validator: unsupported keyword ${k}`);
  const rootSchema = { ...root };
  delete rootSchema.$schema;
  delete rootSchema.$defs;
  const top = fnFor(rootSchema);
  return (
    '"use strict";\n' +
    '/** The first failure found: its message and its path, innermost key first. */\n' +
    'let failure = null;\n' +
    'function fail(message, key) {\n' +
    '  failure = { message, path: key === undefined ? [] : [key] };\n' +
    '  return false;\n' +
    '}\n' +
    'function up(key) {\n' +
    '  failure.path.push(key);\n' +
    '  return false;\n' +
    '}\n' +
    patterns.join('') +
    functions.join('') +
    'export function validate(data) {\n' +
    `  if (${top}(data)) {\n` +
    '    validate.errors = null;\n' +
    '    return true;\n' +
    '  }\n' +
    '  const path = failure.path.reverse().map((k) => "/" + String(k).replace(/~/g, "~0").replace(/\\//g, "~1")).join("");\n' +
    '  validate.errors = [{ instancePath: path, message: failure.message }];\n' +
    '  return false;\n' +
    '}\n' +
    'validate.errors = null;\n' +
    'export default validate;\n'
  );
}

export async function generatedArtifacts() {
  const { recordJsonSchema } = await import('../dist/record/schema.js');
  const schema = recordJsonSchema();
  const schemaJson = JSON.stringify(schema, null, 2) + '\n';
  const validatorSourceText =
    '// @ts-nocheck\n' +
    '// GENERATED by scripts/gen-schema.js from schema/record.schema.json (itself generated from\n' +
    '// src/record/schema.ts) with the code generator of scripts/schema-artifacts.js. Do not edit:\n' +
    '// run `npm run schema:write`.\n' +
    validatorSource(schema);
  return { schemaJson, validatorSource: validatorSourceText };
}
