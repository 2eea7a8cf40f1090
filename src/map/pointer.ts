/**
 * The country pointer, once for both renderers: which country a pointer event is on (hit), which
 * one is hovered (hover), and which one a click selects (select). MapLibre reports the feature
 * under the pointer and the SVG map the `data-country` of the path under it; both pass that
 * candidate here and draw what comes back (feature state and cursor, or a fill). A press that
 * turned into a drag does not select on its release, and a drag clears the hover.
 * Pure: no DOM, no map.
 */

/** Only the countries the data knows react to the pointer. */
export function hitCountry(candidate: unknown, clickable: ReadonlySet<string>): string | null {
  return typeof candidate === 'string' && clickable.has(candidate) ? candidate : null;
}

export interface PointerState {
  /** The country under the pointer, if it is one that reacts. */
  hovered: string | null;
  /** The press being released was a drag: its click selects nothing. */
  dragged: boolean;
}

export const IDLE: PointerState = { hovered: null, dragged: false };

export type PointerInput =
  /** The pointer moved over `candidate` (a country code, or anything else). */
  | { type: 'move'; candidate: unknown }
  /** The pointer left the map. */
  | { type: 'leave' }
  /** A new press starts (forgets the previous drag). */
  | { type: 'press' }
  /** The press became a drag (pan): no hover while dragging, no select on its click. */
  | { type: 'drag' }
  /** A click on `candidate`. */
  | { type: 'click'; candidate: unknown };

export interface PointerStep {
  state: PointerState;
  /** Set when the hovered country changed: the one to un-highlight and the one to highlight. */
  hover?: { from: string | null; to: string | null };
  /** The country a click selects. */
  select?: string;
}

function hoverTo(state: PointerState, to: string | null): PointerStep {
  if (to === state.hovered) return { state };
  return { state: { ...state, hovered: to }, hover: { from: state.hovered, to } };
}

/** The next pointer state for `input`, and what to draw or report. */
export function pointerStep(
  state: PointerState,
  input: PointerInput,
  clickable: ReadonlySet<string>,
): PointerStep {
  switch (input.type) {
    case 'move':
      return hoverTo(state, hitCountry(input.candidate, clickable));
    case 'leave':
      return hoverTo(state, null);
    case 'press':
      return { state: { ...state, dragged: false } };
    case 'drag':
      return hoverTo({ ...state, dragged: true }, null);
    case 'click': {
      if (state.dragged) return { state: { ...state, dragged: false } };
      const iso3 = hitCountry(input.candidate, clickable);
      return iso3 ? { state, select: iso3 } : { state };
    }
  }
}

/**
 * The pointer state held for one renderer: feed it inputs; it calls `onhover` when the hovered
 * country changes and `onselect` when a click selects one.
 */
export function countryPointer(opts: {
  clickable: () => ReadonlySet<string>;
  onhover: (from: string | null, to: string | null) => void;
  onselect: (iso3: string) => void;
}): { send(input: PointerInput): void; readonly hovered: string | null } {
  let state = IDLE;
  return {
    send(input) {
      const step = pointerStep(state, input, opts.clickable());
      state = step.state;
      if (step.hover) opts.onhover(step.hover.from, step.hover.to);
      if (step.select) opts.onselect(step.select);
    },
    get hovered() {
      return state.hovered;
    },
  };
}
