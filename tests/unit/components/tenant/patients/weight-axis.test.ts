import { describe, expect, it } from 'vitest';
import { formatKgTick, weightTicks } from '@/components/tenant/patients/weight-axis';

describe('weight chart ticks', () => {
  it('covers the measured range with round steps', () => {
    expect(weightTicks([11.4, 12.1, 12.8])).toEqual([11, 11.5, 12, 12.5, 13]);
    expect(weightTicks([28, 34])).toEqual([28, 30, 32, 34]);
  });

  it('puts a band around a single weight, never below zero', () => {
    const ticks = weightTicks([4]);
    expect(ticks[0]).toBeLessThanOrEqual(4);
    expect(ticks.at(-1)).toBeGreaterThan(4);
    expect(ticks[0]).toBeGreaterThanOrEqual(0);
    expect(weightTicks([0.12])[0]).toBeGreaterThanOrEqual(0);
  });

  it('prints ticks without floating-point noise', () => {
    expect(weightTicks([0.1, 0.3]).map(formatKgTick)).toEqual(['0.1', '0.2', '0.3']);
    expect(formatKgTick(12)).toBe('12');
  });
});
