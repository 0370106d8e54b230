import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { routeRegistry } from '@/app/api/route-registry.generated';
import type { RouteDescriptor } from '@/server/shared/routes/route-descriptor';
import { documentedDescriptors } from '@/server/shared/routes/route-registry';
import '@/server/shared/validation';

/**
 * Issue 14, point 4: every zod message a person can see is written for people ("Use at most 120 characters.", not
 * "Too big: expected string to have <=120 characters"). For every documented route's body and query, each field
 * is sent missing, of the wrong type, past each bound its schema states (length, range, format, pattern, choices),
 * and every message zod answers with is checked: a sentence, no validator jargon.
 */
type Json = { [key: string]: unknown };

const descriptors = documentedDescriptors(routeRegistry);

/** Values that break one rule of a field's JSON Schema each (the schema states the rule, so it must hold). */
function badValues(schema: Json): unknown[] {
  const out: unknown[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('string')) {
    out.push(12345);
    if (typeof schema.maxLength === 'number') out.push('x'.repeat(schema.maxLength + 1));
    if (typeof schema.minLength === 'number' && schema.minLength > 0)
      out.push('x'.repeat(schema.minLength - 1));
    if (schema.format || schema.pattern) out.push('!! not valid !!');
  }
  if (types.includes('number') || types.includes('integer')) {
    out.push('ten');
    if (typeof schema.maximum === 'number') out.push(schema.maximum + 1);
    if (typeof schema.minimum === 'number') out.push(schema.minimum - 1);
    if (types.includes('integer')) out.push(1.5);
  }
  if (types.includes('boolean')) out.push('yes');
  if (types.includes('array')) {
    out.push('not a list');
    if (typeof schema.maxItems === 'number') out.push(Array.from({ length: schema.maxItems + 1 }, () => 'x'));
  }
  if (types.includes('object')) out.push('not an object');
  if (Array.isArray(schema.enum)) out.push('__NOT_ONE_OF_THEM__');
  return out;
}

/** Inputs that each break one field of an object schema (nested objects too), plus the empty object. */
function badInputs(schema: Json, depth = 0): unknown[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const inputs: unknown[] = [{}, { __unknown_field__: 1 }];
  for (const [name, field] of Object.entries(properties)) {
    for (const value of badValues(field)) inputs.push({ [name]: value });
    if (field.type === 'array' && field.items && typeof field.items === 'object')
      for (const value of badValues(field.items as Json)) inputs.push({ [name]: [value] });
    if (depth < 2 && field.properties)
      for (const nested of badInputs(field, depth + 1)) inputs.push({ [name]: nested });
  }
  return inputs;
}

function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', reused: 'inline' });
}

/**
 * A sentence for a person: capital first, full stop last, none of zod's (or a regex's) own words, and no number
 * nobody types (a safe-integer bound).
 */
const RAW =
  /expected|received|Too big|Too small|Invalid (input|option|string|type|element|key|union)|Unrecognized|must match|\/\^|\bNaN\b|\bundefined\b|\d{13,}/;
function isHuman(message: string): boolean {
  return /^[A-Z"]/.test(message) && /[.?!]$/.test(message) && !RAW.test(message) && message.length <= 240;
}

function messagesFor(d: RouteDescriptor): Array<{ route: string; path: string; message: string }> {
  const found: Array<{ route: string; path: string; message: string }> = [];
  for (const [part, schema] of [
    ['body', d.body],
    ['query', d.query],
  ] as const) {
    if (!schema) continue;
    for (const input of badInputs(jsonSchemaOf(schema))) {
      const result = schema.safeParse(input);
      for (const issue of result.error?.issues ?? [])
        found.push({
          route: `${d.method.toUpperCase()} ${d.path} (${part})`,
          path: issue.path.join('.'),
          message: issue.message,
        });
    }
  }
  return found;
}

describe('validation messages people read', () => {
  it.each(['owner', 'system', 'tenant'] as const)(
    'are written for people on every %s route, for every field and rule its schema states',
    (plane) => {
      const routes = descriptors.filter((d) => d.plane === plane && (d.body || d.query));
      expect(routes.length).toBeGreaterThan(plane === 'system' ? 1 : 10);
      const all = routes.flatMap(messagesFor);
      expect(all.length).toBeGreaterThan(routes.length);
      const raw = all.filter((m) => !isHuman(m.message));
      const unique = [...new Map(raw.map((m) => [`${m.route} ${m.path}: ${m.message}`, m])).keys()];
      expect(unique).toEqual([]);
    },
  );
});
