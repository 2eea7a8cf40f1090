/**
 * A part of the interface the first view does not show, in a chunk of its own (issue 14): one
 * line per part, `const Reader = lazy(() => import('../panels/DocumentReader.svelte'))`, then
 * `{#await Reader.load()}` pending `{:then DocumentReader}` … where it is used. The chunk is
 * asked for on first use, or earlier by `prefetchWhenIdle` once the first view is drawn; the
 * import is made once (a failed one is tried again on the next use).
 */

export interface Lazy<T> {
  /** The part, importing its chunk the first time. */
  load(): Promise<T>;
  /** Whether the chunk has been asked for (by a use or a prefetch). */
  readonly requested: boolean;
}

class LazyPart<T> implements Lazy<T> {
  #pending: Promise<T> | null = null;
  readonly #importer: () => Promise<{ default: T }>;

  constructor(importer: () => Promise<{ default: T }>) {
    this.#importer = importer;
  }

  get requested(): boolean {
    return this.#pending !== null;
  }

  load(): Promise<T> {
    this.#pending ??= this.#importer().then(
      (m) => m.default,
      (e: unknown) => {
        this.#pending = null;
        throw e instanceof Error ? e : new Error(String(e));
      },
    );
    return this.#pending;
  }
}

export function lazy<T>(importer: () => Promise<{ default: T }>): Lazy<T> {
  return new LazyPart(importer);
}

/** The part of `window` idle prefetching needs, so tests can pass a fake. */
export interface IdleHost {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
  setTimeout: (cb: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/**
 * Runs `run` once, in an idle period (within 5 s; after 200 ms where the browser has no idle
 * callbacks). Returns the cancellation, for an `$effect`.
 */
export function whenIdle(
  run: () => void,
  host: IdleHost = window as unknown as IdleHost,
): () => void {
  if (host.requestIdleCallback) {
    const id = host.requestIdleCallback(run, { timeout: 5000 });
    return () => host.cancelIdleCallback?.(id);
  }
  const id = host.setTimeout(run, 200);
  return () => host.clearTimeout(id);
}

/**
 * Loads `parts` one at a time, each in an idle period of its own (so a prefetch never takes a
 * frame the reader is using). Returns the cancellation, for an `$effect`. A part that fails to
 * load is left for its first use, which reports it.
 */
export function prefetchWhenIdle(
  parts: readonly Lazy<unknown>[],
  host: IdleHost = window as unknown as IdleHost,
): () => void {
  let stopped = false;
  let cancel = () => {};
  const next = (i: number) => {
    if (stopped || i >= parts.length) return;
    cancel = whenIdle(() => {
      if (stopped) return;
      parts[i]!.load().then(
        () => next(i + 1),
        () => next(i + 1),
      );
    }, host);
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}
