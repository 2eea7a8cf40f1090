import { describe, expect, it, vi } from 'vitest';
import {
  countryPointer,
  hitCountry,
  IDLE,
  pointerStep,
  type PointerInput,
  type PointerState,
  type PointerStep,
} from './pointer';

const clickable = new Set(['KAZ', 'KOR']);

describe('hitCountry', () => {
  it.each([
    ['KAZ', 'KAZ'],
    ['KOR', 'KOR'],
    ['MNG', null],
    ['', null],
    ['kaz', null],
    [null, null],
    [undefined, null],
    [42, null],
    [{ iso3: 'KAZ' }, null],
  ])('%j → %j', (candidate, expected) => {
    expect(hitCountry(candidate, clickable)).toBe(expected);
  });
});

describe('pointerStep', () => {
  const over = (hovered: string | null, dragged = false): PointerState => ({ hovered, dragged });
  const cases: { name: string; state: PointerState; input: PointerInput; expected: PointerStep }[] =
    [
      {
        name: 'moving onto a country hovers it',
        state: IDLE,
        input: { type: 'move', candidate: 'KAZ' },
        expected: { state: over('KAZ'), hover: { from: null, to: 'KAZ' } },
      },
      {
        name: 'moving within the same country changes nothing',
        state: over('KAZ'),
        input: { type: 'move', candidate: 'KAZ' },
        expected: { state: over('KAZ') },
      },
      {
        name: 'moving to another country moves the hover',
        state: over('KAZ'),
        input: { type: 'move', candidate: 'KOR' },
        expected: { state: over('KOR'), hover: { from: 'KAZ', to: 'KOR' } },
      },
      {
        name: 'moving onto a country the data does not know clears the hover',
        state: over('KAZ'),
        input: { type: 'move', candidate: 'MNG' },
        expected: { state: over(null), hover: { from: 'KAZ', to: null } },
      },
      {
        name: 'moving over the sea with nothing hovered changes nothing',
        state: IDLE,
        input: { type: 'move', candidate: undefined },
        expected: { state: IDLE },
      },
      {
        name: 'leaving clears the hover',
        state: over('KOR'),
        input: { type: 'leave' },
        expected: { state: over(null), hover: { from: 'KOR', to: null } },
      },
      {
        name: 'leaving with nothing hovered changes nothing',
        state: IDLE,
        input: { type: 'leave' },
        expected: { state: IDLE },
      },
      {
        name: 'a click on a known country selects it',
        state: over('KAZ'),
        input: { type: 'click', candidate: 'KAZ' },
        expected: { state: over('KAZ'), select: 'KAZ' },
      },
      {
        name: 'a click on an unknown country selects nothing',
        state: IDLE,
        input: { type: 'click', candidate: 'MNG' },
        expected: { state: IDLE },
      },
      {
        name: 'a click on junk selects nothing',
        state: IDLE,
        input: { type: 'click', candidate: 7 },
        expected: { state: IDLE },
      },
      {
        name: 'a drag clears the hover',
        state: over('KAZ'),
        input: { type: 'drag' },
        expected: { state: over(null, true), hover: { from: 'KAZ', to: null } },
      },
      {
        name: 'the click that ends a drag selects nothing, and the next one may',
        state: over(null, true),
        input: { type: 'click', candidate: 'KAZ' },
        expected: { state: over(null, false) },
      },
      {
        name: 'a new press forgets an old drag',
        state: over('KOR', true),
        input: { type: 'press' },
        expected: { state: over('KOR', false) },
      },
    ];
  it.each(cases)('$name', ({ state, input, expected }) => {
    expect(pointerStep(state, input, clickable)).toEqual(expected);
  });
});

describe('countryPointer', () => {
  it('reports hover changes and selections in order', () => {
    const onhover = vi.fn();
    const onselect = vi.fn();
    const p = countryPointer({ clickable: () => clickable, onhover, onselect });
    p.send({ type: 'move', candidate: 'KAZ' });
    p.send({ type: 'move', candidate: 'KAZ' });
    expect(p.hovered).toBe('KAZ');
    p.send({ type: 'click', candidate: 'KAZ' });
    p.send({ type: 'press' });
    p.send({ type: 'drag' });
    p.send({ type: 'click', candidate: 'KOR' });
    p.send({ type: 'move', candidate: 'KOR' });
    p.send({ type: 'leave' });
    expect(onhover.mock.calls).toEqual([
      [null, 'KAZ'],
      ['KAZ', null],
      [null, 'KOR'],
      ['KOR', null],
    ]);
    expect(onselect.mock.calls).toEqual([['KAZ']]);
  });

  it('reads the clickable set on every input (the data may change)', () => {
    let set: ReadonlySet<string> = new Set();
    const onselect = vi.fn();
    const p = countryPointer({ clickable: () => set, onhover: () => {}, onselect });
    p.send({ type: 'click', candidate: 'KAZ' });
    set = clickable;
    p.send({ type: 'click', candidate: 'KAZ' });
    expect(onselect.mock.calls).toEqual([['KAZ']]);
  });
});
