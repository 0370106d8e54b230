import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm start` records the port it serves on in DATA_DIR/app-port, so `npm run seed:demo` run from another shell
 * (without PORT set) prints addresses that work instead of assuming 3000.
 */
export function recordAppPort(dataDir: string, port: number): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'app-port'), `${port}\n`);
  } catch {
    // Only a convenience for the demo seed's printout.
  }
}

/** PORT when set, else the port the last `npm start` with this DATA_DIR recorded, else the configured default. */
export function appPort(dataDir: string, fallback: number): number {
  if (process.env.PORT) return fallback;
  try {
    const recorded = Number(fs.readFileSync(path.join(dataDir, 'app-port'), 'utf8').trim());
    return Number.isInteger(recorded) && recorded > 0 ? recorded : fallback;
  } catch {
    return fallback;
  }
}
