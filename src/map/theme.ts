/**
 * Colours of the map. Calm sea, land and borders; the countries the documents are about stand
 * out in a warm tone, the ones they only mention in a lighter one. `projector` raises contrast
 * for a washed-out classroom projector.
 */
export type ThemeName = 'default' | 'projector';

export interface MapTheme {
  sea: string;
  land: string;
  mentioned: string;
  party: string;
  selected: string;
  hover: string;
  border: string;
  borderParty: string;
  label: string;
  labelMuted: string;
  halo: string;
  /** Map label size factor: the projector theme is read from the back of a room. */
  labelScale: number;
}

export const THEMES: Record<ThemeName, MapTheme> = {
  default: {
    sea: '#cfdde8',
    land: '#f3f1ec',
    mentioned: '#e6dcc8',
    party: '#f0cf8e',
    selected: '#e49a3a',
    hover: '#f5b865',
    border: '#a6a29a',
    borderParty: '#6b5a3e',
    label: '#1f1f1f',
    labelMuted: '#55524c',
    halo: '#ffffff',
    labelScale: 1,
  },
  projector: {
    sea: '#9fbfd8',
    land: '#ffffff',
    mentioned: '#e4d3ae',
    party: '#f2c35a',
    selected: '#d9750f',
    hover: '#eea53f',
    border: '#5e5a52',
    borderParty: '#2b2214',
    label: '#000000',
    labelMuted: '#222222',
    halo: '#ffffff',
    labelScale: 1.6,
  },
};

/** Font stack for map labels, drawn locally (the style has no glyph server). */
export const LABEL_FONT = ['Noto Sans CJK JP', 'Noto Sans JP', 'Noto Sans', 'sans-serif'];
