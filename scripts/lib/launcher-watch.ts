import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm start` runs us as npm → `sh -c` → tsx → this script. npm 11 forwards a SIGTERM only to that `sh`, which dies
 * without passing it on, so `kill <npm pid>` (or `docker stop` with npm as PID 1) would orphan the app and the
 * embedded PostgreSQL. When the npm process that launched us disappears, we shut down as if we had been signalled.
 * Linux only (it reads /proc); elsewhere, and when not started through npm, this does nothing.
 */

function procStat(pid: number): { ppid: number; state: string } | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces and parentheses: the fixed fields follow the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', ppid: Number(fields[1]) };
  } catch {
    return undefined;
  }
}

function isNpm(pid: number): boolean {
  try {
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const first = argv[0] ?? '';
    // npm retitles itself ("npm start"); unretitled it is `node …/npm-cli.js start`.
    return (
      /^npm( |$)/.test(first) ||
      path.basename(first) === 'npm' ||
      argv.some((arg) => arg.endsWith('npm-cli.js'))
    );
  } catch {
    return false;
  }
}

function findNpmLauncher(): number | undefined {
  if (!process.env.npm_lifecycle_event) return undefined;
  let pid = process.ppid;
  for (let depth = 0; pid > 1 && depth < 6; depth++) {
    if (isNpm(pid)) return pid;
    pid = procStat(pid)?.ppid ?? 0;
  }
  return undefined;
}

export function onNpmLauncherExit(callback: () => void, intervalMs = 1_000): void {
  const launcher = findNpmLauncher();
  if (!launcher) return;
  const timer = setInterval(() => {
    const stat = procStat(launcher);
    if (!stat || stat.state === 'Z') {
      clearInterval(timer);
      callback();
    }
  }, intervalMs);
  timer.unref();
}
