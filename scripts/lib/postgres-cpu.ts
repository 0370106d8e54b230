import fs from 'node:fs';

/**
 * CPU time used so far by every PostgreSQL process on this machine (Linux /proc; 0 elsewhere), in ms: the server
 * side of a benchmark's cost, which the app's own figures cannot show. Exited backends count through their
 * parent (cutime/cstime), so connections opened and closed during a phase are included.
 */
export function postgresCpuMs(): number {
  let ticks = 0;
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const pid of entries) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      // Fields after "(comm) ": state is [0]; utime, stime, cutime, cstime are [11] to [14].
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch {
      // the process exited meanwhile
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}
