import { describe, expect, it } from 'vitest';
import {
  composeHash,
  formatCamera,
  heldSelection,
  isIsoDay,
  MAX_LATITUDE,
  parseCamera,
  parseUrlState,
  readMapCamera,
  tidyHash,
  tourRefOf,
  wrapLongitude,
  writeMapCamera,
  type CameraReading,
  type UrlValidity,
} from './url-state';

const validity: UrlValidity = {
  countries: new Set(['AAA', 'BBB']),
  links: new Set(['AAA-BBB']),
  tourLength: 8,
  tours: new Map([
    ['my-lesson', 3],
    ['week.2', 1],
  ]),
};
const range = { min: 1, max: 9 };

describe('parseUrlState', () => {
  const cases: { hash: string; expected: object }[] = [
    { hash: '', expected: {} },
    { hash: '#map=4/45/80', expected: {} },
    { hash: '#map=4/45/80&country=AAA', expected: { country: 'AAA' } },
    { hash: '#link=AAA-BBB&lang=en', expected: { link: 'AAA-BBB', lang: 'en' } },
    { hash: '#date=2021-06-01&tour=3', expected: { date: '2021-06-01', tour: 3 } },
    { hash: '#lang=ja', expected: { lang: 'ja' } },
    // malformed or unknown values are dropped, never thrown
    { hash: '#country=<img src=x onerror=alert(1)>', expected: {} },
    { hash: '#country=%3Cimg%20src%3Dx%3E', expected: {} },
    { hash: '#country=ZZZ&link=AAA-ZZZ', expected: {} },
    { hash: '#map=abc&country=BBB', expected: { country: 'BBB' } },
    { hash: '#date=99999-99', expected: {} },
    { hash: '#date=2023-02-30', expected: {} },
    { hash: '#tour=-4', expected: {} },
    { hash: '#tour=0', expected: {} },
    { hash: '#tour=9', expected: {} },
    { hash: '#tour=1e3', expected: {} },
    { hash: '#lang=fr', expected: {} },
    { hash: '#%E0%A4%A', expected: {} },
    // duplicates: the last valid value wins
    { hash: '#country=AAA&country=BBB', expected: { country: 'BBB' } },
    { hash: '#country=AAA&country=ZZZ', expected: { country: 'AAA' } },
    { hash: '#tour=3&tour=99', expected: { tour: 3 } },
    // another tour, named by its id: `tour=<id>:N`
    { hash: '#tour=my-lesson:2', expected: { tour: 2, tourId: 'my-lesson' } },
    { hash: '#tour=week.2:1', expected: { tour: 1, tourId: 'week.2' } },
    { hash: '#tour=my-lesson:3&lang=ja', expected: { tour: 3, tourId: 'my-lesson', lang: 'ja' } },
    { hash: '#tour=my-lesson:4', expected: {} },
    { hash: '#tour=my-lesson:0', expected: {} },
    { hash: '#tour=my-lesson:-1', expected: {} },
    { hash: '#tour=my-lesson:', expected: {} },
    { hash: '#tour=my-lesson', expected: {} },
    { hash: '#tour=:2', expected: {} },
    { hash: '#tour=unknown:1', expected: {} },
    { hash: '#tour=My-Lesson:1', expected: {} },
    { hash: '#tour=my-lesson:1:2', expected: {} },
    { hash: '#tour=my%20lesson:1', expected: {} },
    { hash: '#tour=%3Cscript%3E:1', expected: {} },
    { hash: `#tour=${'a'.repeat(101)}:1`, expected: {} },
    // the last valid tour wins, with its id or without
    { hash: '#tour=my-lesson:2&tour=5', expected: { tour: 5 } },
    { hash: '#tour=5&tour=my-lesson:2', expected: { tour: 2, tourId: 'my-lesson' } },
    { hash: '#tour=my-lesson:2&tour=unknown:1', expected: { tour: 2, tourId: 'my-lesson' } },
    // country and link exclude each other: the later one wins
    { hash: '#country=AAA&link=AAA-BBB', expected: { link: 'AAA-BBB' } },
    { hash: '#link=AAA-BBB&country=BBB', expected: { country: 'BBB' } },
    { hash: '#country=AAA&link=ZZZ-YYY', expected: { country: 'AAA' } },
    // past the read limit nothing is read
    { hash: `#${'x'.repeat(5000)}&country=AAA`, expected: {} },
  ];
  it.each(cases)('$hash', ({ hash, expected }) => {
    expect(parseUrlState(hash, validity)).toEqual(expected);
  });
});

describe('heldSelection: a selection the data does not know yet (a teacher’s pair)', () => {
  const cases: { hash: string; expected: object | null }[] = [
    { hash: '', expected: null },
    { hash: '#link=AAA-BBB', expected: null },
    { hash: '#country=AAA', expected: null },
    { hash: '#link=AAA-ZZZ&lang=en', expected: { link: 'AAA-ZZZ' } },
    { hash: '#map=4/45/80&country=ZZZ', expected: { country: 'ZZZ' } },
    // the later of the two wins, and the last of a key given twice
    { hash: '#country=ZZZ&link=AAA-ZZZ', expected: { link: 'AAA-ZZZ' } },
    { hash: '#link=AAA-ZZZ&link=YYY-ZZZ', expected: { link: 'YYY-ZZZ' } },
    // a known selection is shown at once: nothing is held
    { hash: '#link=AAA-ZZZ&country=AAA', expected: null },
    // only well-formed codes
    { hash: '#country=<img src=x>', expected: null },
    { hash: '#link=aaa-zzz', expected: null },
    { hash: '#country=ZZZZ', expected: null },
  ];
  it.each(cases)('$hash', ({ hash, expected }) => {
    expect(heldSelection(hash, validity)).toEqual(expected);
  });
});

describe('isIsoDay', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2023-13-01', false],
    ['0999-01-01', false],
    ['2023-1-01', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });
});

describe('wrapLongitude', () => {
  it.each([
    [0, 0],
    [180, 180],
    [-180, -180],
    [181, -179],
    [-181, 179],
    [540, -180],
    [-540, -180],
    [1e10, -80],
  ])('%d → %d', (lng, expected) => expect(wrapLongitude(lng)).toBe(expected));
});

describe('parseCamera: hostile values', () => {
  const ok = (zoom: number, lat: number, lng: number): CameraReading => ({
    kind: 'ok',
    camera: { zoom, lat, lng },
  });
  const invalid: CameraReading = { kind: 'invalid' };
  const cases: { value: string | null; expected: CameraReading }[] = [
    { value: null, expected: { kind: 'none' } },
    { value: '4/45.5/80', expected: ok(4, 45.5, 80) },
    { value: '3.25/-10/-170.5', expected: ok(3.25, -10, -170.5) },
    { value: 'NaN/0/0', expected: invalid },
    { value: '3/NaN/0', expected: invalid },
    { value: '3/0/Infinity', expected: invalid },
    { value: '3/0/-Infinity', expected: invalid },
    { value: '3/0/1e309', expected: invalid },
    { value: '3/0/-1e309', expected: invalid },
    { value: '3/1e309/0', expected: invalid },
    { value: '2/0/1e10', expected: ok(2, 0, -80) },
    { value: '3/0/-540', expected: ok(3, 0, -180) },
    { value: '3/0/190', expected: ok(3, 0, -170) },
    { value: '3/85.1/0', expected: ok(3, MAX_LATITUDE, 0) },
    { value: '3/-90/0', expected: ok(3, -MAX_LATITUDE, 0) },
    { value: '3/1e308/0', expected: ok(3, MAX_LATITUDE, 0) },
    { value: '24/0/0', expected: ok(9, 0, 0) },
    { value: '1e308/0/0', expected: ok(9, 0, 0) },
    { value: '-3/0/0', expected: ok(1, 0, 0) },
    { value: '.5/45/80', expected: ok(1, 45, 80) },
    { value: '3/4e1/80', expected: ok(3, 40, 80) },
    // bearing and pitch are read and dropped: the map is flat and north up
    { value: '3/45/80/0/60', expected: ok(3, 45, 80) },
    { value: '3/45/80/720', expected: ok(3, 45, 80) },
    { value: '3/45/80/-0/0', expected: ok(3, 45, 80) },
    { value: '3/45/80/1e309', expected: invalid },
    { value: '3/45/80/abc', expected: invalid },
    { value: '3/45/80/null', expected: invalid },
    // extra parts, empty parts, missing parts
    { value: '3/45/80/0/60/1', expected: invalid },
    { value: '', expected: invalid },
    { value: '//', expected: invalid },
    { value: '3//80', expected: invalid },
    { value: '3/45/', expected: invalid },
    { value: '3/45', expected: invalid },
    { value: '/3/45/80', expected: invalid },
    // signs, hex, whitespace, separators and other scripts
    { value: '+3/45/80', expected: invalid },
    { value: '3/ 45/80', expected: invalid },
    { value: '0x10/45/80', expected: invalid },
    { value: ' 3/45/80', expected: invalid },
    { value: '3/45/80 ', expected: invalid },
    { value: '3/45,5/80', expected: invalid },
    { value: '3.5.1/45/80', expected: invalid },
    { value: '--3/45/80', expected: invalid },
    { value: '٣/45/80', expected: invalid },
    { value: '3/45/80\u0000', expected: invalid },
    { value: '<img src=x onerror=alert(1)>', expected: invalid },
    { value: `${'1'.repeat(40)}/0/0`, expected: invalid },
    { value: 'a'.repeat(5000), expected: invalid },
  ];
  it.each(cases)('$value', ({ value, expected }) => {
    expect(parseCamera(value, range)).toEqual(expected);
  });

  it('wraps 1e308 into a longitude', () => {
    const reading = parseCamera('3/0/1e308', range);
    expect(reading.kind).toBe('ok');
    const lng = reading.kind === 'ok' ? reading.camera.lng : NaN;
    expect(lng).toBeGreaterThanOrEqual(-180);
    expect(lng).toBeLessThanOrEqual(180);
  });
});

describe('readMapCamera', () => {
  it.each<[string, CameraReading['kind']]>([
    ['', 'none'],
    ['#country=KAZ', 'none'],
    ['#map=', 'invalid'],
    ['#map=abc', 'invalid'],
    ['#map=4/45/80%3Cimg%3E', 'invalid'],
    ['#country=KAZ&map=3.25/-10/-170.5', 'ok'],
  ])('%s → %s', (hash, kind) => expect(readMapCamera(hash, range).kind).toBe(kind));

  it('reads the last map=', () => {
    expect(readMapCamera('#map=3/1/2&map=4/45/80', range)).toEqual({
      kind: 'ok',
      camera: { zoom: 4, lat: 45, lng: 80 },
    });
  });
});

describe('formatCamera', () => {
  it.each([
    [{ zoom: 3.14159, lat: 45.123456, lng: 80 }, '3.14/45.12/80'],
    [{ zoom: 2, lat: 0, lng: -0.00001 }, '2/0/0'],
    [{ zoom: 9, lat: 45.123456, lng: -170.987654 }, '9/45.1235/-170.9877'],
    [{ zoom: 1, lat: MAX_LATITUDE, lng: 180 }, '1/85.1/180'],
    [{ zoom: 9, lat: 1e-7, lng: 1e-300 }, '9/0/0'],
    [{ zoom: 3, lat: 0, lng: 1e300 }, expect.stringMatching(/^3\/0\/-?\d+(\.\d+)?$/)],
    [{ zoom: 3, lat: -0, lng: -0 }, '3/0/0'],
    [{ zoom: 6.5, lat: 45.6, lng: 34.2 }, '6.5/45.6/34.2'],
  ])('%o → %s', (camera, expected) => expect(formatCamera(camera)).toEqual(expected));

  it('round-trips through parseCamera', () => {
    const camera = { zoom: 5.5, lat: -33.869, lng: 151.209 };
    expect(parseCamera(formatCamera(camera), range)).toEqual({ kind: 'ok', camera });
  });
});

describe('tidyHash: what is on screen, and nothing else', () => {
  const tidy = (hash: string) => tidyHash(hash, parseUrlState(hash, validity), range);
  it.each([
    ['', ''],
    ['#map=3/45/80&country=AAA&lang=en', '#map=3/45/80&country=AAA&lang=en'],
    ['#lang=en&country=AAA&map=3/45/80', '#map=3/45/80&country=AAA&lang=en'],
    ['#country=AAA&country=BBB', '#country=BBB'],
    ['#country=AAA&link=AAA-BBB', '#link=AAA-BBB'],
    ['#link=AAA-BBB&country=AAA', '#country=AAA'],
    ['#country=AAA&link=ZZZ-YYY', '#country=AAA'],
    ['#foo=bar&country=AAA&map', '#country=AAA'],
    ['#map=24/0/0', '#map=9/0/0'],
    ['#map=3/45/80/0/60', '#map=3/45/80'],
    ['#map=2/0/1e10', '#map=2/0/-80'],
    ['#map=3/0/Infinity&lang=ja', '#lang=ja'],
    ['#map=3/0/1e309', ''],
    ['#map=abc&map=4/45/80', '#map=4/45/80'],
    ['#tour=3&tour=99', '#tour=3'],
    ['#tour=03', '#tour=3'],
    ['#tour=my-lesson:02&lang=ja', '#lang=ja&tour=my-lesson:2'],
    ['#tour=unknown:2&lang=ja', '#lang=ja'],
    ['#tour=my-lesson:9', ''],
    ['#tour=my-lesson:1&tour=junk', '#tour=my-lesson:1'],
    ['#lang=en&lang=xx', '#lang=en'],
    ['#date=2021-06-01&date=2021-02-30', '#date=2021-06-01'],
    ['#%E0%A4%A', ''],
    ['#=&&&=', ''],
    ['#country', ''],
    [`#country=AAA&junk=${'x'.repeat(100_000)}`, '#country=AAA'],
  ])('%s → %s', (hash, expected) => expect(tidy(hash)).toBe(expected));

  it('is idempotent', () => {
    const once = tidy('#tour=2&lang=ja&map=4.123/45.5/80&country=BBB&x=1');
    expect(tidy(once)).toBe(once);
    const mine = tidy('#tour=week.2:1&lang=ja&map=4.123/45.5/80');
    expect(mine).toBe('#map=4.12/45.5/80&lang=ja&tour=week.2:1');
    expect(tidy(mine)).toBe(mine);
  });
});

describe('tourRefOf', () => {
  it.each([
    ['', null],
    ['#tour=3', null],
    ['#tour=my-lesson:2', { id: 'my-lesson', step: 2 }],
    // known or not: the app looks it up in the teacher's store
    ['#tour=not-yet-loaded:7&lang=ja', { id: 'not-yet-loaded', step: 7 }],
    ['#tour=a:1&tour=b:2', { id: 'b', step: 2 }],
    ['#tour=a:1&tour=4', null],
    ['#tour=a:0', null],
    ['#tour=a:12345', null],
    ['#tour=A:1', null],
    ['#tour=a b:1', null],
    ['#tour=-a:1', null],
    ['#tour=a:1e2', null],
    [`#tour=${'a'.repeat(101)}:1`, null],
  ])('%s', (hash, expected) => expect(tourRefOf(hash)).toEqual(expected));
});

describe('composeHash and writeMapCamera', () => {
  it('writes keys in a fixed order, unencoded ids', () => {
    expect(
      composeHash({ zoom: 4, lat: 45, lng: 80 }, { tour: 2, lang: 'ja', link: 'AAA-BBB' }),
    ).toBe('#map=4/45/80&link=AAA-BBB&lang=ja&tour=2');
    expect(composeHash(null, {})).toBe('');
  });
  it('replaces map= and keeps the rest for the state writer', () => {
    expect(
      writeMapCamera('#country=KAZ&map=1/2/3&lang=ja', { zoom: 3.14159, lat: 45.123456, lng: 80 }),
    ).toBe('#map=3.14/45.12/80&country=KAZ&lang=ja');
    expect(writeMapCamera('', { zoom: 2, lat: 0, lng: -0.00001 })).toBe('#map=2/0/0');
  });
  // The stress run's fresh loads: the camera is written before the state writer tidies the rest,
  // and an emoji was split into halves that encodeURIComponent refused ("URI malformed").
  it.each([
    ['an emoji', '#country=%F0%9F%92%A5', '#map=2/0/0&country=%F0%9F%92%A5'],
    ['NUL and an emoji', '#link=%00&country=💥', '#map=2/0/0&link=%00&country=%F0%9F%92%A5'],
    ['Japanese', '#lang=日本', '#map=2/0/0&lang=%E6%97%A5%E6%9C%AC'],
    [
      'a lone surrogate half',
      '#country=%ED%A0%BD',
      '#map=2/0/0&country=%EF%BF%BD%EF%BF%BD%EF%BF%BD',
    ],
  ])('keeps %s in the rest without throwing', (_n, hash, expected) => {
    expect(writeMapCamera(hash, { zoom: 2, lat: 0, lng: 0 })).toBe(expected);
  });
});
