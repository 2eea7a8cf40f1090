/**
 * The handout's maps as SVG markup, drawn by the kit's scene builder and SVG writer from the data
 * and the camera in the URL — never from the live WebGL canvas, so a page gets a vector map
 * sized to it, whichever renderer the screen uses. Page 1 frames every country the view links;
 * a tour step frames its camera's bounds and its selection.
 */
import type { AtlasData, Country } from '../../data/types';
import type { Lang } from '../../i18n/messages';
import { toWorld } from '../../lib/arc-geometry';
import type { AtlasIndex } from '../../lib/atlas-index';
import { arcHistory, arcsAt, widthValues } from '../../lib/links';
import { makeWidthScale } from '../../lib/width-scale';
import { drawArcs } from '../../map/arc-drawing';
import { loadCountryGeometry } from '../../map/geometry';
import { emphasisOf } from '../../map/style';
import { THEMES } from '../../map/theme';
import { rolesOf } from '../../map/svg/paint';
import { countryShapes, labelPoints, type CountryShape } from '../../map/svg/project';
import { fitView, viewOfCamera, type Size } from '../../map/svg/view';
import { buildScene } from '../scene';
import { sceneToSvg } from '../svg';
import {
  fitBox,
  linkedCountries,
  mapOnly,
  pathBox,
  relationsOfView,
  unionBox,
  unwrapPath,
  type WorldBox,
} from './plan';

export interface HandoutMap {
  svg: string;
  /** The link ids drawn and listed. */
  relations: string[];
  /** Every country those links join: each is whole on the map. */
  linked: string[];
}

export interface MapRequest {
  lang: Lang;
  date: string | null;
  country: string | null;
  link: string | null;
  title: string;
  out: Size;
}

const PAD = 16;

export class HandoutMaps {
  #index: AtlasIndex;
  #history;
  #scale;
  #roleOf;
  #geo: Promise<{ countries: CountryShape[]; labels: ReturnType<typeof labelPoints> }>;
  #boxes: Promise<Map<string, WorldBox>>;

  constructor(data: AtlasData, index: AtlasIndex, geometryUrl: string) {
    this.#index = index;
    this.#history = arcHistory(data);
    this.#scale = makeWidthScale(widthValues(data));
    this.#roleOf = rolesOf(emphasisOf(data.countries));
    // Each country in one piece (see `unwrapPath`): framed by its own box, and drawn whole.
    this.#geo = loadCountryGeometry(geometryUrl).then((g) => ({
      countries: countryShapes(g.countries).map((c) => ({ ...c, d: unwrapPath(c.d) })),
      labels: labelPoints(g.labels),
    }));
    this.#boxes = this.#geo.then(
      (g) =>
        new Map(
          g.countries.flatMap((c) => ((b) => (b ? [[c.iso3, b] as const] : []))(pathBox(c.d))),
        ),
    );
  }

  #labelWorld(iso3: string) {
    const c: Country | undefined = this.#index.countries.get(iso3);
    return c ? toWorld(c.label[0], c.label[1]) : null;
  }

  /**
   * The map for page 1. `screen` and `camera` say what the screen shows: the countries whose
   * label is on screen decide which relations are "of the view".
   */
  async viewMap(
    req: MapRequest,
    screen: Size,
    camera: { zoom: number; lat: number; lng: number } | null,
    fallback: [number, number, number, number],
  ): Promise<HandoutMap> {
    const onScreen = camera ? viewOfCamera(camera, screen) : fitView(fallback, screen);
    const inView = (iso3: string) => {
      const p = this.#labelWorld(iso3);
      if (!p) return false;
      const x = p[0] * onScreen.k + onScreen.tx;
      const y = p[1] * onScreen.k + onScreen.ty;
      return x >= 0 && x <= screen.width && y >= 0 && y <= screen.height;
    };
    const arcs = arcsAt(this.#history, req.date);
    const relations = relationsOfView(arcs, req, inView);
    const linked = linkedCountries(relations);
    const boxes = await this.#boxes;
    const frame = unionBox(linked.map((iso3) => boxes.get(iso3))) ?? this.#boundsBox(fallback);
    return { svg: await this.#draw(req, frame, new Set(relations), linked), relations, linked };
  }

  /** A tour step's map: its camera's bounds, widened to keep its selected countries whole. */
  async stepMap(req: MapRequest, bounds: [number, number, number, number]): Promise<HandoutMap> {
    const relations = req.link
      ? [req.link]
      : req.country
        ? [
            ...new Set(
              arcsAt(this.#history, req.date)
                .filter((a) => a.from === req.country || a.to === req.country)
                .map((a) => a.link),
            ),
          ]
        : [];
    const selected = req.link ? linkedCountries([req.link]) : req.country ? [req.country] : [];
    const boxes = await this.#boxes;
    const frame = unionBox([this.#boundsBox(bounds), ...selected.map((iso3) => boxes.get(iso3))])!;
    return { svg: await this.#draw(req, frame, null, selected), relations, linked: selected };
  }

  #boundsBox([w, s, e, n]: [number, number, number, number]): WorldBox {
    const [x0, y0] = toWorld(w, n);
    const [x1, y1] = toWorld(e < w ? e + 360 : e, s);
    return [x0, y0, x1, y1];
  }

  async #draw(
    req: MapRequest,
    frame: WorldBox,
    only: Set<string> | null,
    linked: string[],
  ): Promise<string> {
    const geo = await this.#geo;
    const view = fitBox(frame, req.out, PAD);
    const all = arcsAt(this.#history, req.date);
    const arcs = drawArcs(
      only ? all.filter((a) => only.has(a.link)) : all,
      this.#index.countries,
      this.#scale,
    );
    const scene = buildScene({
      out: req.out,
      view,
      f: 1,
      theme: THEMES.default,
      font: getComputedStyle(document.documentElement).fontFamily,
      lang: req.lang,
      countries: geo.countries,
      labels: geo.labels,
      roleOf: this.#roleOf,
      selectedCountry: req.country,
      arcs,
      selectedLink: req.link,
      title: req.title,
      asOf: '',
      legend: { title: '', note: '', widths: [], styles: [], severed: '', directed: '' },
      credits: [],
      colors: { trade: '#0072B2', ink: '#1b1b1b' },
    });
    const svg = sceneToSvg(mapOnly(scene, new Set(linked)), req.title);
    // Inline in the page: no XML declaration; the page's CSS sizes it (viewBox kept).
    return svg.replace(/^<\?xml[^>]*>\s*/, '');
  }
}
