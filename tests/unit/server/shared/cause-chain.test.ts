import { describe, expect, it } from 'vitest';
import { causeChain, findInCauseChain } from '@/server/shared/cause-chain';

const wrap = (message: string, cause?: unknown) => new Error(message, { cause });

describe('causeChain', () => {
  it('lists the error and what it wraps, outermost first', () => {
    const driver = Object.assign(new Error('duplicate key'), { code: '23505' });
    const chain = causeChain(wrap('Failed query', driver));
    expect(chain.map((e) => (e as Error).message)).toEqual(['Failed query', 'duplicate key']);
  });

  it('stops at a cycle and at its depth bound', () => {
    const a = new Error('a');
    const b = wrap('b', a);
    a.cause = b;
    expect(causeChain(a)).toEqual([a, b]);
    let deep: unknown = new Error('root');
    for (let i = 0; i < 20; i++) deep = wrap(`level ${i}`, deep);
    expect(causeChain(deep)).toHaveLength(6);
  });

  it('is empty for nothing, and a non-object ends the chain', () => {
    expect(causeChain(undefined)).toEqual([]);
    expect(causeChain(wrap('outer', 'plain text'))).toHaveLength(2);
  });
});

describe('findInCauseChain', () => {
  it('returns the first answer down the chain', () => {
    const error = wrap('Failed query', Object.assign(new Error('x'), { code: '23505' }));
    expect(findInCauseChain(error, (e) => (e as { code?: string }).code)).toBe('23505');
    expect(findInCauseChain(error, () => undefined)).toBeUndefined();
  });
});
