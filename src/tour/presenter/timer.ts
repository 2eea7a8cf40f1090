/**
 * The notes window's clock: time since the presentation started, which the presenter can pause
 * and reset. Pure: the caller passes `now` (ms), so tests need no fake timers.
 */
export interface Timer {
  /** Time counted before the current run. */
  banked: number;
  /** When the current run started, or null while paused or not started. */
  since: number | null;
}

export const STOPPED: Timer = { banked: 0, since: null };

export const running = (t: Timer): boolean => t.since !== null;

export function start(t: Timer, now: number): Timer {
  return t.since !== null || !Number.isFinite(now) ? t : { banked: t.banked, since: now };
}

export function pause(t: Timer, now: number): Timer {
  if (t.since === null || !Number.isFinite(now)) return t;
  return { banked: t.banked + Math.max(0, now - t.since), since: null };
}

/** Back to zero; a running clock goes on counting from zero. */
export function reset(t: Timer, now: number): Timer {
  return { banked: 0, since: t.since === null || !Number.isFinite(now) ? null : now };
}

export function elapsed(t: Timer, now: number): number {
  const run = t.since === null || !Number.isFinite(now) ? 0 : Math.max(0, now - t.since);
  return t.banked + run;
}

/** "4:05", "1:02:03": minutes and seconds, hours only when there are some. */
export function formatElapsed(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
