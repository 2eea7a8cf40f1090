import { describe, expect, it } from 'vitest';
import { MIN_SEEN, seenPart } from './shown-view';
import { viewOfCamera } from '../map/svg/view';

const size = { width: 956, height: 630 };
const peninsula = { zoom: 4.22, lat: 37.88, lng: 116.81 };

describe('seenPart', () => {
  const whole = [
    { name: 'no free box', free: null },
    { name: 'a box with NaN', free: { left: NaN, top: 0, right: 956, bottom: 630 } },
    {
      name: 'a part too narrow',
      free: { left: 956 - MIN_SEEN + 1, top: 0, right: 956, bottom: 630 },
    },
    { name: 'a part too low', free: { left: 0, top: 0, right: 956, bottom: MIN_SEEN - 1 } },
    { name: 'an inverted box', free: { left: 600, top: 0, right: 100, bottom: 630 } },
  ];
  it.each(whole)('$name: the whole map at the same camera', ({ free }) => {
    expect(seenPart(peninsula, size, free)).toEqual({ camera: peninsula, size });
  });

  it('the whole box is the whole map', () => {
    const got = seenPart(peninsula, size, { left: 0, top: 0, right: 956, bottom: 630 });
    expect(got.size).toEqual(size);
    expect(got.camera.zoom).toBeCloseTo(peninsula.zoom, 9);
    expect(got.camera.lat).toBeCloseTo(peninsula.lat, 6);
    expect(got.camera.lng).toBeCloseTo(peninsula.lng, 6);
  });

  it('a panel over the left: the same zoom, centred on the right part, the same place on it', () => {
    const free = { left: 576, top: 0, right: 956, bottom: 630 };
    const got = seenPart(peninsula, size, free);
    expect(got.size).toEqual({ width: 380, height: 630 });
    expect(got.camera.zoom).toBeCloseTo(peninsula.zoom, 9);
    expect(got.camera.lng).toBeGreaterThan(peninsula.lng);
    // A world point keeps its screen position, moved by the part's offset.
    const before = viewOfCamera(peninsula, size);
    const after = viewOfCamera(got.camera, got.size);
    expect(after.k).toBeCloseTo(before.k, 9);
    expect(after.tx).toBeCloseTo(before.tx - 576, 6);
    expect(after.ty).toBeCloseTo(before.ty, 6);
  });

  it('parts beyond the map are cut to it', () => {
    const got = seenPart(peninsula, size, { left: -50, top: -10, right: 2000, bottom: 400 });
    expect(got.size).toEqual({ width: 956, height: 400 });
  });

  const wraps = [
    { lng: 361, expected: 1 },
    { lng: -190, expected: 170 },
    { lng: 180, expected: -180 },
  ];
  it.each(wraps)('longitude $lng is wrapped to $expected', ({ lng, expected }) => {
    const got = seenPart({ zoom: 3, lat: 0, lng }, size, null);
    expect(got.camera.lng).toBeCloseTo(expected, 9);
  });
});
