import crypto from 'node:crypto';
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

export function sourceFingerprint(root: string): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), lines);
  return crypto
    .createHash('sha256')
    .update(lines.map((l) => path.relative(root, l)).join('\n'))
    .digest('hex');
}

export function buildIsCurrent(root: string, distDir: string): boolean {
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

export function writeBuildStamp(root: string, distDir: string, fingerprint: string): void {
  fs.writeFileSync(
    path.join(distDir, 'smartdmv-build.json'),
    JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }),
  );
}
