import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * The React hooks and Next.js rules stay wired into eslint.config.mjs (they are easy to lose in a config merge).
 * A component with one mistake per rule is linted as if it were a file of the app; each rule must report it.
 */
const PROBE = `'use client';
import { useEffect, useState } from 'react';
export function Probe({ on }: { on: boolean }) {
  const [count, setCount] = useState(0);
  if (on) {
    useEffect(() => {});
  }
  useEffect(() => {
    setCount(count + 1);
  }, []);
  return <img src="/logo.png" alt="" />;
}
`;

describe('eslint config', () => {
  it('reports rules-of-hooks, exhaustive-deps, set-state-in-effect and no-img-element in app code', async () => {
    const eslint = new ESLint({ cwd: root });
    // An existing file's path, so the type-aware parser finds it in the project; the text linted is the probe's.
    const [result] = await eslint.lintText(PROBE, {
      filePath: path.join(root, 'src/components/tenant/brand-mark.tsx'),
    });
    const rules = new Set(result!.messages.map((m) => m.ruleId));
    expect([...rules].sort()).toEqual(
      expect.arrayContaining([
        '@next/next/no-img-element',
        'react-hooks/exhaustive-deps',
        'react-hooks/rules-of-hooks',
        'react-hooks/set-state-in-effect',
      ]),
    );
  }, 180_000); // type-aware linting loads the whole TypeScript project first
});
