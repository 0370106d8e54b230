import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A fingerprint of everything that goes into `next build` (paths, sizes and mtimes of the sources and configs), so
 * `npm start` rebuilds exactly when the code changed since the last build.
 */
const INPUTS = [
  'src',
  'next.config.ts',
  'package-lock.json',
  'package.json',
  'postcss.config.mjs',
  'tsconfig.json',
];

function walk(entry: string, out: string[]): void {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
}

function sourceFingerprint(root: string): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), lines);
  return crypto
    .createHash('sha256')
    .update(lines.map((l) => path.relative(root, l)).join('\n'))
    .digest('hex');
}

function buildIsCurrent(root: string, distDir: string): boolean {
  try {
    if (!fs.existsSync(path.join(distDir, 'BUILD_ID'))) return false;
    const stamp = JSON.parse(fs.readFileSync(path.join(distDir, 'smartdmv-build.json'), 'utf8')) as {
      fingerprint: string;
    };
    return stamp.fingerprint === sourceFingerprint(root);
  } catch {
    return false;
  }
}

function writeBuildStamp(root: string, distDir: string, fingerprint: string): void {
  fs.writeFileSync(
    path.join(distDir, 'smartdmv-build.json'),
    JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }),
  );
}

/** Runs `next build` into distDir unless the build there is current; false when the build failed. */
export function ensureBuild(root: string, distDir: string, log: (line: string) => void): boolean {
  if (buildIsCurrent(root, distDir)) return true;
  log('Building the app (first start or changed sources) …');
  const fingerprint = sourceFingerprint(root);
  const build = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (build.status !== 0) return false;
  writeBuildStamp(root, distDir, fingerprint);
  return true;
}
