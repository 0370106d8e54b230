import fc from 'fast-check';
import type { JsonSchema } from '@/server/openapi/json-schema';

/**
 * fast-check arbitraries built from an OpenAPI document's JSON Schemas: near-valid values (so a request reaches
 * deep into the handler) and the bad inputs that used to give 500s — wrong types, NUL bytes, huge strings,
 * out-of-range dates and numbers, and forged cursors of every shape.
 */

const NIL_UUID = '00000000-0000-4000-8000-000000000000';
const b64 = (text: string) => Buffer.from(text).toString('base64url');
const cursorOf = (k: string) => b64(`{"k":${k},"id":"${NIL_UUID}"}`);

export const badStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '',
    ' ',
    '%00',
    '../../etc/passwd',
    "'; drop table users; --",
    '\uD800',
    '😀'.repeat(50),
    'x'.repeat(5_000),
    'y'.repeat(100_000),
  ),
  fc.string({ maxLength: 40 }).map((s) => `${s}\u0000${s}`),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

const badDates: fc.Arbitrary<string> = fc.constantFrom(
  '0000-01-01',
  '0000-01-01T00:00:00Z',
  '10000-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  '2026-13-45T25:61:61Z',
  '2026-02-30',
  '1899-12-31',
  '2201-01-01T00:00:00Z',
  '-001000-01-01T00:00:00Z',
  '275760-09-13T00:00:00.000Z',
);

const badNumbers: fc.Arbitrary<number | string> = fc.oneof(
  fc.constantFrom(1e-10, -1e-10, 1e300, -1e300, 2 ** 31, 2 ** 53, -(2 ** 53), 0, -0, 0.0005, 1.23456789, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('1e300', 'NaN', 'Infinity', '-1', '0x10', '1.5', '2147483648'),
);

const forgedCursors: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    cursorOf('"2026-13-45T25:61:61.000000Z"'),
    cursorOf('"0000-01-01"'),
    cursorOf('"0000-01-01T00:00:00.000000Z"'),
    cursorOf('"a\\u0000b"'),
    cursorOf('2147483648'),
    cursorOf('1e300'),
    cursorOf('9007199254740992'),
    cursorOf('-1'),
    cursorOf('null'),
    cursorOf('[]'),
    cursorOf('{}'),
    cursorOf('true'),
    b64('{"k":"x","id":"not-a-uuid"}'),
    b64('{"k":"x","id":"1\\u0000"}'),
    b64('{"k":"x"}'),
    b64('[]'),
    b64('null'),
    b64('"just a string"'),
    'not base64 at all!!',
    '%00',
  ),
  fc.string({ maxLength: 60 }).map((k) => b64(JSON.stringify({ k, id: NIL_UUID }))),
  fc.double().map((k) => cursorOf(String(Number.isFinite(k) ? k : 0))),
);

const wrongTypes: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constant([]),
  fc.constant({}),
  fc.string({ maxLength: 10 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);

/** Any bad value at all, for a field whose schema is ignored. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(badStrings, badDates, badNumbers, wrongTypes);

type Resolver = (ref: string) => JsonSchema;

/** Values that match the schema's shape (formats honoured, bounds mostly), sometimes reaching real ids. */
function validish(schema: JsonSchema, resolve: Resolver, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  if (typeof schema.$ref === 'string') return validish(resolve(schema.$ref), resolve, ids, depth + 1);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options?.length) return fc.oneof(...options.map((s) => validish(s, resolve, ids, depth + 1)));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if ('const' in schema) return fc.constant(schema.const);
  const type = Array.isArray(schema.type)
    ? (schema.type as string[])[0]
    : (schema.type as string | undefined);
  switch (type) {
    case 'string':
      return stringFor(schema, ids);
    case 'integer':
      return fc.integer({
        min: typeof schema.minimum === 'number' ? schema.minimum : -5,
        max: typeof schema.maximum === 'number' ? Math.min(schema.maximum, 2 ** 31 - 1) : 1000,
      });
    case 'number':
      return fc.double({
        min: typeof schema.minimum === 'number' ? schema.minimum : -1000,
        max: typeof schema.maximum === 'number' ? schema.maximum : 1000,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(validish((schema.items ?? {}) as JsonSchema, resolve, ids, depth + 1), {
        maxLength: 3,
      });
    case 'object':
      return objectFor(schema, resolve, ids, depth);
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.constant(null));
  }
}

function stringFor(schema: JsonSchema, ids: string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    case 'date':
      return fc
        .date({ min: new Date('1950-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ min: new Date('1950-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    default: {
      const max = typeof schema.maxLength === 'number' ? Math.min(schema.maxLength, 60) : 30;
      const min = typeof schema.minLength === 'number' ? Math.min(schema.minLength, max) : 0;
      return fc.string({ minLength: min, maxLength: max });
    }
  }
}

function objectFor(schema: JsonSchema, resolve: Resolver, ids: string[], depth: number) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, prop] of Object.entries(properties)) record[key] = validish(prop, resolve, ids, depth + 1);
  return fc.record(record, { requiredKeys: Object.keys(properties).filter((k) => required.has(k)) });
}

/** A body: near-valid, near-valid with one field made bad, or something that is not the right shape at all. */
export function bodyFor(
  schema: JsonSchema | undefined,
  resolve: Resolver,
  ids: string[],
): fc.Arbitrary<unknown> {
  if (!schema) return fc.oneof(fc.constant(undefined), wrongTypes);
  const base = validish(schema, resolve, ids);
  const properties = Object.keys(
    (typeof schema.$ref === 'string' ? resolve(schema.$ref) : schema).properties ?? {},
  );
  const mutated =
    properties.length === 0
      ? base
      : fc
          .tuple(base, fc.constantFrom(...properties), badValue)
          .map(([value, key, bad]) =>
            value && typeof value === 'object' && !Array.isArray(value) ? { ...value, [key]: bad } : value,
          );
  return fc.oneof(
    { arbitrary: base, weight: 2 },
    { arbitrary: mutated, weight: 5 },
    { arbitrary: wrongTypes, weight: 1 },
    { arbitrary: badStrings, weight: 1 },
  );
}

/** A query value for a named parameter: near-valid, or a bad string, date, number or forged cursor. */
export function queryValueFor(name: string, schema: JsonSchema, resolve: Resolver, ids: string[]) {
  const valid = validish(schema, resolve, ids).map((v) =>
    v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v as string),
  );
  const bad = name === 'cursor' ? forgedCursors : fc.oneof(badStrings, badDates, badNumbers.map(String));
  return fc.oneof({ arbitrary: valid, weight: 2 }, { arbitrary: bad, weight: 3 });
}
