import type { JsonSchema } from '@/server/openapi/pages/api-reference';

/** Renders a JSON Schema as a readable tree: property, type, required marker, constraints, description. */

const CONSTRAINTS: [key: string, label: string][] = [
  ['format', 'format'],
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['minimum', 'min'],
  ['maximum', 'max'],
  ['minItems', 'min items'],
  ['maxItems', 'max items'],
  ['pattern', 'pattern'],
  ['default', 'default'],
];

/** Integer bounds zod adds to every .int() are noise to a reader. */
const SAFE_INT = 9007199254740991;

export function typeLabel(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').pop()!;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeLabel).join(' | ');
  if (Array.isArray(schema.oneOf)) return (schema.oneOf as JsonSchema[]).map(typeLabel).join(' | ');
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  const type = Array.isArray(schema.type)
    ? (schema.type as string[]).join(' | ')
    : (schema.type as string | undefined);
  if (type === 'array' && schema.items) return `${typeLabel(schema.items as JsonSchema)}[]`;
  return type ?? 'any';
}

function constraints(schema: JsonSchema): string[] {
  const out: string[] = [];
  for (const [key, label] of CONSTRAINTS) {
    const value = schema[key];
    if (value === undefined || (typeof value === 'number' && Math.abs(value) === SAFE_INT)) continue;
    // A uuid's pattern only restates its format.
    if (key === 'pattern' && schema.format === 'uuid') continue;
    out.push(`${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return out;
}

/** The object to descend into, if any (objects, arrays of objects, nullable objects). */
function nested(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  if (schema.items) return nested(schema.items as JsonSchema);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const options = schema[key];
    if (Array.isArray(options))
      for (const option of options as JsonSchema[]) if (nested(option)) return nested(option);
  }
  return undefined;
}

export function SchemaTree({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const object = nested(schema);
  if (!object) {
    return (
      <p className="text-sm text-slate-700">
        <code className="font-mono text-xs">{typeLabel(schema)}</code>
      </p>
    );
  }
  const required = new Set((object.required as string[] | undefined) ?? []);
  const properties = Object.entries((object.properties ?? {}) as Record<string, JsonSchema>);
  if (properties.length === 0) return <p className="text-sm text-slate-500">An object (any keys).</p>;
  return (
    <ul className={depth > 0 ? 'ml-4 mt-1 border-l border-slate-200 pl-3' : ''}>
      {properties.map(([name, property]) => (
        <li key={name} className="py-1">
          <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <code className="font-mono font-semibold text-slate-900">{name}</code>
            <code className="font-mono text-xs text-indigo-700">{typeLabel(property)}</code>
            {required.has(name) ? <span className="text-xs font-medium text-rose-700">required</span> : null}
            {constraints(property).map((c) => (
              <span key={c} className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-600">
                {c}
              </span>
            ))}
          </div>
          {typeof property.description === 'string' ? (
            <p className="text-xs text-slate-600">{property.description}</p>
          ) : null}
          {nested(property) && depth < 6 ? <SchemaTree schema={property} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
