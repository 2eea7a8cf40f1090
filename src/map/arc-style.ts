/**
 * Colours and dashes of the arcs, from the Okabe–Ito palette (distinguishable with the common
 * colour-vision deficiencies). Severed relations are dashed whatever their kind.
 */
import type { ArcStyle } from '../lib/links';

export const ARC_COLORS: Record<ArcStyle, string> = {
  trade: '#0072B2',
  conflict: '#D55E00',
  military: '#CC79A7',
  sanctions: '#E69F00',
  diplomatic: '#009E73',
  cooperation: '#56B4E9',
};

/** Width of arcs that no figure sizes. */
export const KIND_WIDTH = 3;
/** The pointer catches an arc within this many pixels, however thin it is drawn. */
export const HIT_WIDTH = 14;
export const SEVERED_DASH = '7 5';
