import { z } from 'zod';

export type JsonSchema = { [key: string]: unknown };

/**
 * zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1) with zod's native converter. Request schemas are
 * converted as their input type (what a client sends: before defaults and transforms), responses as output.
 *
 * Named sub-schemas (`.meta({ id })`) and recursive ones come out of zod under `$defs`, referenced as
 * `#/$defs/X`; inside an OpenAPI document `#` is the document, so they are moved to `components.schemas` and
 * the references rewritten. Dates (unrepresentable in JSON) travel as ISO strings.
 */
const FORMATS_WITHOUT_PATTERN = new Set(['date-time', 'date', 'time', 'uuid', 'email', 'duration']);

export class SchemaConverter {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const json = z.toJSONSchema(schema, {
      target: 'draft-2020-12',
      io,
      reused: 'inline',
      cycles: 'ref',
      unrepresentable: ({ zodSchema }) =>
        zodSchema._zod.def.type === 'date' ? { type: 'string', format: 'date-time' } : 'any',
      // zod spells out a long regex next to well-known formats; the format alone says it to every reader and tool.
      override: ({ jsonSchema }) => {
        if (typeof jsonSchema.format === 'string' && FORMATS_WITHOUT_PATTERN.has(jsonSchema.format))
          delete jsonSchema.pattern;
      },
    }) as JsonSchema;
    delete json.$schema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    delete json.$defs;
    const renames = new Map<string, string>();
    const names = new Map<string, string>();
    for (const [name, def] of Object.entries(defs)) {
      const component = this.reserveName(name, def);
      names.set(name, component);
      renames.set(`#/$defs/${name}`, `#/components/schemas/${component}`);
    }
    // A recursive root refers to itself as "#": it becomes a component of its own.
    const rootName = containsRef(json, '#')
      ? this.reserveName(typeof json.title === 'string' ? json.title : 'Schema', json)
      : undefined;
    if (rootName) renames.set('#', `#/components/schemas/${rootName}`);
    for (const [name, def] of Object.entries(defs))
      this.components[names.get(name)!] = rewriteRefs(def, renames);
    if (rootName) {
      this.components[rootName] = rewriteRefs(json, renames);
      return { $ref: `#/components/schemas/${rootName}` };
    }
    return rewriteRefs(json, renames);
  }

  /** A component name for a definition: its own, or a numbered one when a different schema already has it. */
  private reserveName(name: string, def: JsonSchema): string {
    const base = name.replace(/[^A-Za-z0-9._-]/g, '_') || 'Schema';
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? base : `${base}_${i}`;
      const existing = this.components[candidate];
      if (!existing) {
        this.components[candidate] = def; // placeholder until the rewritten schema is stored
        return candidate;
      }
      if (JSON.stringify(existing) === JSON.stringify(def)) return candidate;
    }
  }
}

function containsRef(value: unknown, ref: string): boolean {
  if (Array.isArray(value)) return value.some((v) => containsRef(v, ref));
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => (k === '$ref' && v === ref) || containsRef(v, ref));
}

function rewriteRefs(value: JsonSchema, renames: Map<string, string>): JsonSchema {
  return rewrite(value, renames) as JsonSchema;
}

function rewrite(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, renames));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      k === '$ref' && typeof v === 'string' ? (renames.get(v) ?? v) : rewrite(v, renames),
    ]),
  );
}
