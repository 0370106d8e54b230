import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { env } from '@/env';
import { AppError } from '@/server/shared/errors';

/**
 * Finds the PostgreSQL 15 client tools (pg_dump, pg_restore) on PG_BIN_DIR or PATH. Their absence never stops the
 * app: each backup then fails with PG_TOOLS_MISSING, whose message names the fix.
 */

export type PgTool = 'pg_dump' | 'pg_restore';
export type PgTools = { pgDump: string; pgRestore: string; version: string; major: number };

const execFileAsync = promisify(execFile);
export const REQUIRED_MAJOR = 15;
const TOOLS_FIX =
  'Install the PostgreSQL 15 client tools (`apt-get install postgresql-client-15`), or set PG_BIN_DIR to the folder holding pg_dump and pg_restore 15.';

export function pgToolsMissing(detail: string): AppError {
  return new AppError(503, 'PG_TOOLS_MISSING', `${detail} ${TOOLS_FIX}`);
}

function candidates(tool: PgTool): string[] {
  const configured = env().PG_BIN_DIR;
  const dirs = [
    ...(configured ? [configured] : []),
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    // Debian keeps each major's tools here; the wrappers on PATH may pick another major. Not searched when
    // PG_BIN_DIR is set: the operator chose the tools then.
    ...(configured ? [] : [`/usr/lib/postgresql/${REQUIRED_MAJOR}/bin`]),
  ];
  return dirs.map((dir) => path.join(dir, tool));
}

async function versionOf(binary: string): Promise<{ version: string; major: number } | null> {
  try {
    const { stdout } = await execFileAsync(binary, ['--version'], { timeout: 10_000 });
    const match = /(\d+)(?:\.(\d+))?/.exec(stdout.replace(/^[^)]*\)/, ''));
    if (!match) return null;
    return { version: match[0], major: Number(match[1]) };
  } catch {
    return null;
  }
}

async function findTool(tool: PgTool): Promise<{ binary: string; version: string; major: number } | null> {
  let wrongMajor: { binary: string; version: string; major: number } | null = null;
  for (const binary of candidates(tool)) {
    if (!fs.existsSync(binary)) continue;
    const found = await versionOf(binary);
    if (!found) continue;
    // Dumps restore on the same or a newer major only: 15 tools for the (embedded) PostgreSQL 15 server.
    if (found.major === REQUIRED_MAJOR) return { binary, ...found };
    wrongMajor ??= { binary, ...found };
  }
  if (wrongMajor) {
    throw pgToolsMissing(
      `${tool} ${wrongMajor.version} was found at ${wrongMajor.binary}, but version ${REQUIRED_MAJOR} is needed.`,
    );
  }
  return null;
}

let cached: Promise<PgTools> | undefined;

/** The tools, located once per process (a failed look-up is retried next time, after an install). */
export function pgTools(): Promise<PgTools> {
  cached ??= (async () => {
    const dump = await findTool('pg_dump');
    const restore = await findTool('pg_restore');
    if (!dump || !restore)
      throw pgToolsMissing(
        `The PostgreSQL client tools (${!dump ? 'pg_dump' : 'pg_restore'}) were not found.`,
      );
    return { pgDump: dump.binary, pgRestore: restore.binary, version: dump.version, major: dump.major };
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

export function forgetPgToolsForTests(): void {
  cached = undefined;
}

export type ConnectionTarget = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

/**
 * Runs a client tool against a server. The password goes in PGPASSWORD (never on the command line, where `ps`
 * shows it); stderr is kept (its last lines) for the error message.
 */
export function runPgTool(
  binary: string,
  args: string[],
  target: ConnectionTarget,
  options: { signal?: AbortSignal } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      binary,
      [
        '--host',
        target.host,
        '--port',
        String(target.port),
        '--username',
        target.user,
        '--dbname',
        target.database,
        ...args,
      ],
      {
        env: { ...process.env, PGPASSWORD: target.password, PGAPPNAME: 'smartdmv-backup' },
        stdio: ['ignore', 'ignore', 'pipe'],
        signal: options.signal,
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${path.basename(binary)} failed (${signal ?? `exit ${code}`}): ${stderr.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

/** Runs a plain command (tar) and rejects with its stderr's tail. */
export function runCommand(command: string, args: string[], options: { cwd?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`${command} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' ')}`),
        );
    });
  });
}
