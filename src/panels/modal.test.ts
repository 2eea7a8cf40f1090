import { describe, expect, it, vi } from 'vitest';
import { escapeCloses } from './modal';

/** A keydown event's parts that the handler reads and calls. */
function key(name: string) {
  return {
    key: name,
    preventDefault: vi.fn(),
    stopPropagation: vi.fn(),
  };
}

describe('escapeCloses', () => {
  const cases = [
    { key: 'Escape', closes: true },
    { key: 'Enter', closes: false },
    { key: 'Esc', closes: false },
    { key: 'a', closes: false },
    { key: '', closes: false },
  ];
  it.each(cases)('$key: closes $closes', ({ key: name, closes }) => {
    const onescape = vi.fn();
    const e = key(name);
    escapeCloses(onescape)(e as unknown as KeyboardEvent);
    expect(onescape).toHaveBeenCalledTimes(closes ? 1 : 0);
    // Esc goes no further (the page's own Esc would clear the selection); other keys pass.
    expect(e.preventDefault).toHaveBeenCalledTimes(closes ? 1 : 0);
    expect(e.stopPropagation).toHaveBeenCalledTimes(closes ? 1 : 0);
  });
});
