import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '@/lib/zod-messages';

const message = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;

describe('zod messages a person reads', () => {
  it('says what to do in plain words', () => {
    expect(message(z.string().max(120), 'x'.repeat(121))).toBe('Use at most 120 characters.');
    expect(message(z.string().min(1), '')).toBe('This field is required.');
    expect(message(z.string().min(8), 'short')).toBe('Use at least 8 characters.');
    expect(message(z.object({ name: z.string() }), {})).toBe('This field is required.');
    expect(message(z.number(), 'ten')).toBe('Enter a number.');
    expect(message(z.number().int(), 1.5)).toBe('Enter a whole number.');
    expect(message(z.number().min(0), -1)).toBe('Use a number of at least 0.');
    expect(message(z.number().max(100), 101)).toBe('Use a number no greater than 100.');
    expect(message(z.enum(['DOG', 'CAT']), 'FISH')).toBe('Choose one of: DOG, CAT.');
    expect(message(z.uuid(), 'nope')).toBe('This is not a valid id.');
    expect(message(z.array(z.string()).max(2), ['a', 'b', 'c'])).toBe('Choose at most 2 items.');
    expect(message(z.strictObject({}), { extra: 1 })).toBe('This field is not accepted: extra.');
    expect(message(z.int(), 2 ** 60)).toBe('This number is too large.');
  });

  it('keeps a message written on the schema', () => {
    expect(message(z.string().max(3, 'Three letters, please.'), 'abcd')).toBe('Three letters, please.');
  });

  it("never leaks zod's own wording for any common failure", () => {
    const raw = /expected|Too big|Too small|Invalid input/;
    for (const [schema, input] of [
      [z.string().max(1), 'ab'],
      [z.number(), null],
      [z.boolean(), 'yes'],
      [z.iso.datetime(), 'tomorrow'],
      [z.email(), 'x'],
      [z.union([z.string(), z.number()]), true],
    ] as const) {
      expect(message(schema, input)).not.toMatch(raw);
    }
  });
});
