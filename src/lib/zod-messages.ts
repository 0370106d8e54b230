import { z } from 'zod';

/**
 * Zod's fallback messages, written for people ("Use at most 120 characters." rather than "Too big: expected string
 * to have <=120 characters"). Installed once per process by importing this module (src/server/shared/validation.ts
 * does, and every boundary parses through it); a message written on a schema still wins over these.
 */
type Issue = z.core.$ZodRawIssue;

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

const EXPECTED: Record<string, string> = {
  string: 'Enter text.',
  number: 'Enter a number.',
  int: 'Enter a whole number.',
  boolean: 'Choose yes or no.',
  date: 'Enter a date.',
  array: 'Send a list.',
  object: 'Send the fields as an object.',
};

const FORMATS: Record<string, string> = {
  email: 'Enter a valid email address.',
  uuid: 'This is not a valid id.',
  guid: 'This is not a valid id.',
  url: 'Enter a full web address, such as https://example.com.',
  datetime: 'Enter a date and time, such as 2026-03-14T09:30:00Z.',
  date: 'Enter a date as YYYY-MM-DD.',
  time: 'Enter a time as HH:MM.',
  regex: 'This is not in the expected format.',
};

function humanZodMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'This field is required.';
      if (issue.input === null) return 'This field cannot be empty.';
      return EXPECTED[issue.expected] ?? 'This value has the wrong type.';
    case 'too_big': {
      const max = issue.maximum;
      const under = issue.inclusive === false;
      if (issue.origin === 'string')
        return `Use at most ${plural(under ? Number(max) - 1 : max, 'character')}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return `Choose at most ${plural(under ? Number(max) - 1 : max, 'item')}.`;
      if (issue.origin === 'date')
        return `Use a date ${under ? 'before' : 'no later than'} ${new Date(Number(max)).toISOString().slice(0, 10)}.`;
      if (issue.origin === 'file') return `The file is too large.`;
      // z.int()'s own bound (2^53 − 1) is not a limit anyone types against.
      if (Number(max) >= Number.MAX_SAFE_INTEGER) return 'This number is too large.';
      return `Use a number ${under ? 'below' : 'no greater than'} ${max}.`;
    }
    case 'too_small': {
      const min = issue.minimum;
      const over = issue.inclusive === false;
      if (issue.origin === 'string')
        return Number(min) <= 1 && !over
          ? 'This field is required.'
          : `Use at least ${plural(over ? Number(min) + 1 : min, 'character')}.`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return Number(min) <= 1 && !over ? 'Choose at least one.' : `Choose at least ${plural(min, 'item')}.`;
      if (issue.origin === 'date')
        return `Use a date ${over ? 'after' : 'no earlier than'} ${new Date(Number(min)).toISOString().slice(0, 10)}.`;
      if (Number(min) <= Number.MIN_SAFE_INTEGER) return 'This number is too small.';
      return `Use a number ${over ? 'above' : 'of at least'} ${min}.`;
    }
    case 'invalid_format':
      if (issue.format === 'starts_with')
        return `Start with "${String((issue as { prefix?: string }).prefix ?? '')}".`;
      return FORMATS[issue.format] ?? 'This is not in the expected format.';
    case 'not_multiple_of':
      return issue.divisor === 1 ? 'Enter a whole number.' : `Use a multiple of ${issue.divisor}.`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `Use ${JSON.stringify(issue.values[0])}.`
        : `Choose one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'This field is' : 'These fields are'} not accepted: ${issue.keys.join(', ')}.`;
    case 'invalid_union':
      return 'This value is not valid here.';
    case 'invalid_key':
      return 'This key is not valid.';
    case 'invalid_element':
      return 'One of the items is not valid.';
    case 'custom':
      return 'This value is not valid.';
    default:
      return undefined;
  }
}

z.config({ customError: humanZodMessage });
