import type {
  MigrateTenantsReport,
  MigrationProgress,
} from '../../src/server/tenancy/migrations/migrate-tenants';

/**
 * The live progress line of `tenants:migrate`: rewritten in place with `\r` on a terminal; in logs and CI (no TTY)
 * a plain line at most every 2 seconds, so a long rollout shows it is alive without flooding the log.
 */
export function progressPrinter(out: NodeJS.WriteStream): {
  update: (p: MigrationProgress) => void;
  finish: () => void;
} {
  const tty = out.isTTY === true;
  let lastLine = Date.now(); // the first plain line after 2 s: short runs print only the summary
  let shown = false;
  const render = (p: MigrationProgress) =>
    `[${p.done}/${p.total}] ${p.migrated} migrated, ${p.current} already current, ${p.failed} failed`;
  return {
    update: (p: MigrationProgress) => {
      if (tty) {
        out.write(`\r${render(p)}\x1b[K`);
        shown = true;
      } else if (Date.now() - lastLine >= 2_000 && p.done < p.total) {
        out.write(`${render(p)}\n`);
        lastLine = Date.now();
      }
    },
    finish: () => {
      if (shown) out.write('\n');
    },
  };
}

export function printMigrationSummary(report: MigrateTenantsReport): void {
  const { counts, results } = report;
  const seconds = report.durationMs / 1000;
  console.log(`Template: ${report.template === 'migrated' ? 'migrated' : 'already current'}.`);
  console.log(
    `Tenants: ${counts.migrated} migrated, ${counts.current} already current, ${counts.failed} failed ` +
      `(${results.length} in ${seconds.toFixed(2)} s).`,
  );
  if (report.currentByMarker > 0) {
    console.log(
      `${report.currentByMarker} of them were confirmed current by their schema marker, without connecting.`,
    );
  }
  const { verifiers } = report;
  if (verifiers.updated > 0)
    console.log(
      `Gave ${verifiers.updated} tenant roles the low-iteration SCRAM verifier (cheaper connects).`,
    );
  for (const server of verifiers.unreadableServers)
    console.log(`Could not read role verifiers on ${server} (needs a superuser admin); left as they are.`);
  const failed = results.filter((r) => r.outcome === 'failed');
  if (failed.length > 0) {
    console.log('Failed:');
    for (const r of failed) console.log(`  ${r.slug} (${r.database} on ${r.server}): ${r.error}`);
    console.log('Fix the cause and run the command again: only tenants that are not current are touched.');
  }
}
