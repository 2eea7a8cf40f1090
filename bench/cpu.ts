/**
 * Who used the processor during a measure: the bench itself (this Node process and everything it
 * started — the static servers, Chromium and its GPU and renderer processes) or somebody else.
 * On 2 cores the bench's own Chromium with software WebGL keeps the load average above 2 on a
 * quiet machine (3.8–3.9 in the (a) and (d) sections of a run on 2026-12-02 with nothing else
 * running), so the load average alone cannot tell a disturbed measure from an undisturbed one.
 * The processor time of the other processes can: Linux counts it in `/proc/stat` (all busy time)
 * and `/proc/<pid>/stat` (each process, with the time of its children once it has reaped them),
 * and "others" = all busy time − the bench's process tree, per second of wall time, in cores.
 *
 * Parsing and arithmetic are pure (tested); `readCpu` reads `/proc` and is null elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of `/proc`'s times (USER_HZ: 100 on every Linux the bench runs on). */
export const HZ = 100;

export interface CpuSample {
  /** Busy ticks of the whole machine since boot (all cores). */
  busy: number;
  /** Ticks of the bench's own process tree (its children's once reaped included). */
  own: number;
  /** Wall clock, ms. */
  at: number;
}

/** Busy ticks from `/proc/stat`'s first line: user, nice, system, irq, softirq, steal. */
export function busyTicks(procStat: string): number | null {
  const line = procStat.split('\n').find((l) => /^cpu\s/.test(l));
  if (!line) return null;
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  if (f.length < 8 || f.slice(0, 8).some((n) => !Number.isFinite(n))) return null;
  const [user, nice, system, , , irq, softirq, steal] = f as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return user + nice + system + irq + softirq + steal;
}

export interface ProcTime {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in ticks. */
  ticks: number;
}

/** One `/proc/<pid>/stat` line. The command name may hold spaces and parentheses: fields are read after the last `)`. */
export function procTime(stat: string): ProcTime | null {
  const open = stat.indexOf('(');
  const close = stat.lastIndexOf(')');
  if (open < 1 || close < open) return null;
  const pid = Number(stat.slice(0, open).trim());
  // After ") ": state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, cminflt, majflt,
  // cmajflt, utime, stime, cutime, cstime.
  const f = stat
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const ppid = Number(f[1]);
  const times = [f[11], f[12], f[13], f[14]].map(Number);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || times.some((n) => !Number.isFinite(n)))
    return null;
  return { pid, ppid, ticks: times.reduce((a, b) => a + b, 0) };
}

/** Ticks of `root` and all its descendants. */
export function treeTicks(procs: readonly ProcTime[], root: number): number {
  const children = new Map<number, ProcTime[]>();
  for (const p of procs) {
    const list = children.get(p.ppid);
    if (list) list.push(p);
    else children.set(p.ppid, [p]);
  }
  let total = 0;
  const seen = new Set<number>();
  const stack = procs.filter((p) => p.pid === root);
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p.pid)) continue;
    seen.add(p.pid);
    total += p.ticks;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return total;
}

/**
 * Cores used on average by processes outside the bench between two samples; null when it cannot
 * be told (a missing sample, no time between them). Never below 0: a process of the bench's that
 * exits between two samples before its parent reaps it shows as a small negative, read as 0.
 */
export function othersCores(a: CpuSample | null, b: CpuSample | null, hz = HZ): number | null {
  if (!a || !b || !(b.at > a.at)) return null;
  const others = b.busy - a.busy - (b.own - a.own);
  return Math.max(0, others / hz / ((b.at - a.at) / 1000));
}

/** A sample now, from `/proc`; null where there is no `/proc` (not Linux). */
export function readCpu(root = process.pid): CpuSample | null {
  try {
    const busy = busyTicks(readFileSync('/proc/stat', 'utf8'));
    if (busy === null) return null;
    const procs: ProcTime[] = [];
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const p = procTime(readFileSync(`/proc/${name}/stat`, 'utf8'));
        if (p) procs.push(p);
      } catch {
        // The process ended between the listing and the read: its time is its parent's now.
      }
    }
    return { busy, own: treeTicks(procs, root), at: Date.now() };
  } catch {
    return null;
  }
}
