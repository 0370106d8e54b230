import { describe, expect, it } from 'vitest';
import { humanLine } from '../../../../scripts/lib/human-logs';

describe('human log lines for CLIs a person reads', () => {
  it('turns a pino JSON line into one plain line with its fields, an error by its message', () => {
    const line = JSON.stringify({
      level: 'warn',
      time: '2026-12-01T14:58:40.507Z',
      pid: 2662,
      tenant: 'happy-paws',
      error: { type: 'Error', message: 'connection refused', stack: 'Error: connection refused\n at …' },
      msg: 'could not queue a mail',
    });
    expect(humanLine(line)).toBe(
      'warning: could not queue a mail (tenant: happy-paws, error: connection refused)\n',
    );
    expect(humanLine('{"level":"error","msg":"stopped"}')).toBe('error: stopped\n');
  });

  it('passes a line that is not JSON through as it is', () => {
    expect(humanLine('plain words')).toBe('plain words\n');
  });
});
