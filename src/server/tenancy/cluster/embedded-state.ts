import fs from 'node:fs';
import path from 'node:path';

/**
 * The embedded PostgreSQL's connection file, `<dataDir>/embedded-postgres.json` (mode 0600: it holds the admin
 * password). Written by the process that starts the server (embedded-postgres.ts); read by every process that
 * connects to it (the app, the CLIs, a second `npm start`). No env here: tests start servers in their own folders.
 */
export type EmbeddedState = {
  user: string;
  password: string;
  port: number;
  /** Where the server also listens on a Unix socket (absent when the path would be too long for one). */
  socketDir?: string;
};

export function embeddedStatePath(dataDir: string): string {
  return path.join(dataDir, 'embedded-postgres.json');
}

export function readEmbeddedState(dataDir: string): EmbeddedState | undefined {
  try {
    return JSON.parse(fs.readFileSync(embeddedStatePath(dataDir), 'utf8')) as EmbeddedState;
  } catch {
    return undefined;
  }
}
