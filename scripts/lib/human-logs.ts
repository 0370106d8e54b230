import { redirectLogs, setLogLevel } from '../../src/server/shared/logger';

/**
 * For a CLI whose output a person reads (seed:demo): it prints its own progress, so the app's info lines (JSON
 * lines when not writing to a terminal) would only interleave noise with it. Unless LOG_LEVEL or LOG_FORMAT asks for
 * something else, only warnings and errors are written, each as one plain line on stderr.
 */
export function useHumanLogs(): void {
  if (process.env.LOG_LEVEL || process.env.LOG_FORMAT) return;
  setLogLevel('warn');
  redirectLogs((line) => process.stderr.write(humanLine(line)));
}

const SKIPPED = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/** `warning: could not queue a mail (mailId: 42)` from one pino JSON line (already redacted by the logger). */
export function humanLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.endsWith('\n') ? json : `${json}\n`;
  }
  const label = entry.level === 'warn' ? 'warning' : describe(entry.level ?? 'log');
  const details = Object.entries(entry)
    .filter(([key]) => !SKIPPED.has(key))
    .map(([key, value]) => `${key}: ${describe(value)}`);
  return `${label}: ${describe(entry.msg ?? '')}${details.length ? ` (${details.join(', ')})` : ''}\n`;
}

function describe(value: unknown): string {
  if (value && typeof value === 'object') {
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    return JSON.stringify(value);
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
