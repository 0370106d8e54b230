import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '@/server/shared/free-port';

/**
 * A real PgBouncer (Debian's `pgbouncer` package; .ci/run installs it) in transaction mode in front of one
 * PostgreSQL server, with its own config in a temporary folder. PgBouncer refuses to run as root, so as root it
 * runs as the `postgres` OS user (the embedded PostgreSQL creates it).
 */
export type PgBouncer = {
  port: number;
  /** Replaces the auth file (user → password) and reloads. */
  setUsers: (users: Record<string, string>) => Promise<void>;
  stop: () => Promise<void>;
};

const BINARY = ['/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((p) => fs.existsSync(p));

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`pgbouncer did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startPgBouncer(upstream: { host: string; port: number }): Promise<PgBouncer> {
  if (!BINARY)
    throw new Error('pgbouncer is not installed: apt-get install -y pgbouncer (.ci/run does this)');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smartdmv-pgbouncer-'));
  fs.chmodSync(dir, 0o777);
  const port = await findFreePort();
  const authFile = path.join(dir, 'userlist.txt');
  const adminUser = `pgb_admin_${crypto.randomBytes(3).toString('hex')}`;
  const adminPassword = crypto.randomBytes(12).toString('hex');
  const writeUsers = (users: Record<string, string>) => {
    const all = { ...users, [adminUser]: adminPassword };
    fs.writeFileSync(
      authFile,
      Object.entries(all)
        .map(([u, p]) => `"${u}" "${p.replace(/"/g, '""')}"`)
        .join('\n') + '\n',
      { mode: 0o644 },
    );
  };
  writeUsers({});
  const config = path.join(dir, 'pgbouncer.ini');
  fs.writeFileSync(
    config,
    [
      '[databases]',
      `* = host=${upstream.host} port=${upstream.port}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      `unix_socket_dir =`,
      'pool_mode = transaction',
      'auth_type = scram-sha-256',
      `auth_file = ${authFile}`,
      `admin_users = ${adminUser}`,
      'default_pool_size = 2',
      'max_client_conn = 500',
      'ignore_startup_parameters = extra_float_digits,options',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      `pidfile = ${path.join(dir, 'pgbouncer.pid')}`,
    ].join('\n') + '\n',
    { mode: 0o644 },
  );
  const asRoot = os.userInfo().uid === 0;
  const child: ChildProcess = asRoot
    ? spawn('runuser', ['-u', 'postgres', '--', BINARY, config], { stdio: 'ignore' })
    : spawn(BINARY, [config], { stdio: 'ignore' });
  await waitForPort(port);
  return {
    port,
    setUsers: async (users) => {
      writeUsers(users);
      // SIGHUP makes PgBouncer reload its config and auth file.
      const pid = Number(fs.readFileSync(path.join(dir, 'pgbouncer.pid'), 'utf8').trim());
      process.kill(pid, 'SIGHUP');
      await new Promise((r) => setTimeout(r, 300));
    },
    stop: async () => {
      try {
        const pid = Number(fs.readFileSync(path.join(dir, 'pgbouncer.pid'), 'utf8').trim());
        process.kill(pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      await new Promise((r) => setTimeout(r, 200));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
