import { execFile } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Runs one of the CLIs in scripts/ as a user would (`tsx scripts/<name>.ts …`), with the given environment.
 * A first argument starting with `-` is passed to tsx as is (`runScript('--input-type=module', ['-e', code])`).
 */
export function runScript(
  script: string,
  args: string[] = [],
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      tsx,
      [script.startsWith('-') ? script : path.join('scripts', script), ...args],
      { cwd: root, env: { ...process.env, ...env }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
