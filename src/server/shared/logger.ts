import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { currentRequestContext } from './observability/request-context';
import { CENSOR, REDACT_PATHS, redactValue, scrubText, serializeError } from './observability/log-redaction';

/**
 * The one logger of the app, the workers and the CLIs: pino, JSON lines by default, pretty in `npm run dev` and
 * when a CLI writes to a terminal (LOG_FORMAT=json|pretty overrides). The level comes from LOG_LEVEL (default info;
 * error under tests). Every line written during a request carries its request id, plane, clinic and user (from
 * AsyncLocalStorage); jobs log through child loggers with their job id, type and clinic.
 *
 * Call sites keep the small signature `logger.info(message, fields?)`. Fields pass through a redacting copy (see
 * observability/log-redaction.ts) and pino's path redaction, so a secret or a client's name passed by mistake
 * never reaches the output. Log ids, counts, durations and codes, never data.
 */

export type LogFields = Record<string, unknown>;
type LogMethod = (message: string, fields?: LogFields) => void;
export type Logger = {
  debug: LogMethod;
  info: LogMethod;
  warn: LogMethod;
  error: LogMethod;
  /** A logger whose every line also carries these fields (job id, clinic …). */
  child: (fields: LogFields) => Logger;
};

type Sink = (line: string) => void;
type RootState = { root: pino.Logger; sink: Sink; defaultSink: Sink; disabled: boolean };

function defaultLevel(): string {
  if (process.env.LOG_LEVEL) return process.env.LOG_LEVEL;
  if (process.env.DEBUG) return 'debug';
  return process.env.NODE_ENV === 'test' ? 'error' : 'info';
}

function wantsPretty(): boolean {
  const format = process.env.LOG_FORMAT?.toLowerCase();
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return process.env.NODE_ENV === 'development' || Boolean(process.stdout.isTTY);
}

function createState(): RootState {
  const pretty = wantsPretty()
    ? pinoPretty({ colorize: Boolean(process.stdout.isTTY), sync: true, ignore: 'pid,hostname' })
    : undefined;
  const defaultSink: Sink = pretty ? (line) => pretty.write(line) : (line) => process.stdout.write(line);
  const state: RootState = { sink: defaultSink, defaultSink, disabled: false } as RootState;
  state.root = pino(
    {
      level: defaultLevel(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: CENSOR },
      serializers: { error: serializeError, err: serializeError },
      mixin() {
        const c = currentRequestContext();
        if (!c) return {};
        return { requestId: c.requestId, plane: c.plane, clinic: c.clinic, userId: c.userId };
      },
    },
    { write: (line: string) => state.sink(line) },
  );
  return state;
}

// On globalThis: Next.js may load this module once per route bundle; one root keeps one level and one sink.
const KEY = Symbol.for('smartdmv.logger');
const holder = globalThis as unknown as { [KEY]?: RootState };
function state(): RootState {
  return (holder[KEY] ??= createState());
}

function wrap(resolve: () => pino.Logger): Logger {
  const method =
    (level: 'debug' | 'info' | 'warn' | 'error'): LogMethod =>
    (message, fields) => {
      const s = state();
      if (s.disabled) return;
      const target = resolve();
      if (!target.isLevelEnabled(level)) return;
      const text = scrubText(message);
      if (fields) target[level](redactValue(fields) as object, text);
      else target[level](text);
    };
  return {
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    child: (fields) => {
      const safe = redactValue(fields) as LogFields;
      let cached: { root: pino.Logger; child: pino.Logger } | undefined;
      return wrap(() => {
        const parent = resolve();
        if (cached?.root !== parent) cached = { root: parent, child: parent.child(safe) };
        // pino children copy the level at creation; follow the root's (LOG_LEVEL changes, test capture).
        if (cached.child.level !== parent.level) cached.child.level = parent.level;
        return cached.child;
      });
    },
  };
}

export const logger: Logger = wrap(() => state().root);

/**
 * Tests: collect every line (parsed) at the given level instead of writing it. Returns the lines and a restore
 * function. Lines are the real serialised output, so redaction is tested on what would be written.
 */
export function captureLogs(level = 'debug'): {
  lines: Array<Record<string, unknown>>;
  raw: string[];
  restore: () => void;
} {
  const s = state();
  const previousLevel = s.root.level;
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  s.root.level = level;
  s.sink = (line) => {
    raw.push(line);
    lines.push(JSON.parse(line) as Record<string, unknown>);
  };
  return {
    lines,
    raw,
    restore: () => {
      s.sink = s.defaultSink;
      s.root.level = previousLevel;
    },
  };
}

/** Sends every line to `write` instead of stdout (the benchmark writes to /dev/null); null restores stdout. */
export function redirectLogs(write: ((line: string) => void) | null): void {
  const s = state();
  s.sink = write ?? s.defaultSink;
}

/** The benchmark's "instrumentation off" switch: no log line at all. */
export function setLoggingDisabled(disabled: boolean): void {
  state().disabled = disabled;
}

/** The lowest level written from now on (a CLI a person reads keeps only warnings and errors). */
export function setLogLevel(level: 'debug' | 'info' | 'warn' | 'error'): void {
  state().root.level = level;
}
