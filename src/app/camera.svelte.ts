/**
 * Where the camera goes, and when, for the page: a region preset, a selection brought into view,
 * a tour step, and the same subject framed again whenever the map's free area changes. It moves
 * the map only through its `MapController` (either renderer), in the area that the panels,
 * caption and legend leave free (`coverPadding`). Create it while a component initialises: it
 * registers that component's effects.
 */
import { tick, untrack } from 'svelte';
import type { AtlasData, Region } from '../data/types';
import type { AtlasIndex } from '../lib/atlas-index';
import {
  allInFree,
  boundsOfPoints,
  cameraFor,
  regionFrame,
  sameCamera,
  type Bounds,
  type Camera,
} from '../lib/framing';
import type { MapController, MoveOptions } from '../map/controller';
import { COUNTRY_LOOK } from '../map/country-look';
import type { AppState } from '../state/app.svelte';
import { unique } from '../lib/panel-text';
import { coverPadding } from './cover';

export interface CameraInputs {
  app: AppState;
  atlas: () => AtlasData;
  index: () => AtlasIndex;
  /** Moves the map; null until a map can move. */
  map: () => MapController | null;
  /** The map's box: the free area is measured against it. */
  area: () => HTMLElement | undefined;
  /** Whether the page opened on a camera of its own (`map=` in the URL). */
  startsWithCamera: boolean;
  /**
   * The selection a shared link opens on (`country|link`), when it opens with its own camera:
   * that camera wins over framing the selection's partners.
   */
  shared: string | null;
  /**
   * The presentation: whether it is on, the screen it asked for (settled once full screen is
   * granted or refused) and the part that draws its caption (settled once loaded or failed).
   */
  presentation: {
    on: () => boolean;
    screenSettled: () => Promise<void>;
    captionLoaded: () => Promise<unknown>;
  };
}

export class PageCamera {
  #in: CameraInputs;
  /** The camera's subject: the bounds last framed, framed again when the free area changes. */
  #subject: Bounds | null = null;
  #shared: string | null;
  /** Camera moves decided but not started yet (waiting for a draw, a frame or a resize). */
  #pending = $state(0);
  /** Moves decided wait for this too: a layout that is still changing (`#holdUntil`). */
  #gate: Promise<unknown> = Promise.resolve();
  /** Where the last `frame` sent the camera, if it computed a camera of its own. */
  #aim: Camera | null = null;
  /** Ends the hold of entering the presentation: its caption has been laid out. */
  #captionDrawn: (() => void) | null = null;

  constructor(inputs: CameraInputs) {
    this.#in = inputs;
    this.#shared = inputs.shared;
    this.#frameFirstView();
    this.#followResize();
    this.#bringSelectionIntoView();
    this.#holdWhilePresentationEnters();
  }

  /** The region the atlas opens on. */
  get initialRegion(): Region | undefined {
    const atlas = this.#in.atlas();
    return atlas.regions.find((r) => r.id === atlas.initialRegion) ?? atlas.regions[0];
  }

  /**
   * A move is decided but has not started: the page waits for its own draw (a caption, a
   * legend, a panel) or for the frame after its box changed size. While this is true the camera
   * is not at rest, even if the map has not begun to move (`data-camera-resting`).
   */
  get framing(): boolean {
    return this.#pending > 0;
  }

  /**
   * Runs `move` once `wait` resolves and no hold is on (`#holdUntil`), counted as a pending move
   * until then.
   */
  #after(wait: Promise<unknown>, move: () => void): void {
    this.#count(1);
    void wait
      .then(() => this.#gate)
      .then(move)
      .finally(() => this.#count(-1));
  }

  /**
   * Holds every move decided from now until `ready` resolves (or `atMostMs` has passed, should
   * it never): for a layout that changes in several steps, such as entering the presentation
   * (the panel and header go, the screen may turn full, the caption is drawn when its part has
   * loaded). The camera then flies once, into the area finally left free, instead of once per
   * step. The camera is not at rest while held.
   */
  #holdUntil(ready: Promise<unknown>, atMostMs: number): void {
    let timer = 0;
    const late = new Promise<void>((resolve) => (timer = window.setTimeout(resolve, atMostMs)));
    const done = () => clearTimeout(timer);
    this.#count(1);
    this.#gate = Promise.race([ready, late])
      .then(done, done)
      .finally(() => this.#count(-1));
  }

  /** Counted without being read by the effect that calls it (it would run again on each count). */
  #count(by: 1 | -1): void {
    untrack(() => (this.#pending += by));
  }

  /** A region preset, widened to the linked countries it holds. */
  flyTo(region: Region, opts?: MoveOptions): void {
    this.frame(regionFrame(region, this.#in.atlas().regions, this.#linkedPoints()), opts);
  }

  /**
   * Like fitBounds, but the subject is never left under a caption where the world is too small
   * to move it into the free area (see cameraFor).
   */
  frame(bounds: Bounds, opts?: MoveOptions): void {
    this.#subject = bounds;
    const map = this.#in.map();
    const area = this.#in.area();
    const aim = this.#aim;
    this.#aim = null;
    if (!area) return map?.fitBounds(bounds, 24, opts);
    const padding = coverPadding(area, bounds);
    const size = { width: area.clientWidth, height: area.clientHeight };
    const camera = cameraFor(bounds, size, padding, COUNTRY_LOOK.zoomRange);
    if (!camera) return map?.fitBounds(bounds, padding, opts);
    this.#aim = camera;
    // Asked again for where it is already going (a caption drawn, then its box observed), or
    // already is: the flight goes on undisturbed, not started over from where it has got to.
    if (map && sameCamera(aim, camera) && (map.isMoving() || sameCamera(map.getCamera(), camera)))
      return;
    map?.flyTo(camera, opts);
  }

  /**
   * The subject framed again, after the page has drawn what changed (a legend, a caption): the
   * subject as it is then, so a step asked for meanwhile is the one framed.
   */
  reframe(): void {
    this.#after(tick(), () => {
      if (this.#subject) this.frame(this.#subject);
    });
  }

  /** A tour step's bounds, after its caption is drawn: the camera fits the area it leaves free. */
  frameAfterDraw(bounds: Bounds, opts?: MoveOptions): void {
    // The subject from now: a reframe or resize before the move frames this, not the last one.
    this.#subject = bounds;
    this.#after(tick(), () => this.frame(bounds, opts));
  }

  /**
   * The presentation's caption has been laid out, first or again: the subject is framed in the
   * area it leaves.
   */
  captionLaidOut(): void {
    this.#releaseCaptionHold();
    this.reframe();
  }

  #releaseCaptionHold(): void {
    this.#captionDrawn?.();
    this.#captionDrawn = null;
  }

  /**
   * Entering the presentation changes the map's box in steps: the header and panel go, the
   * screen may turn full, and the caption is drawn once its part has loaded. The camera waits
   * for all of them and flies once, into the area finally left free. (The caption reports once
   * it is laid out, or its part failed to load: the 10 s are a safety net, should neither come.)
   */
  #holdWhilePresentationEnters() {
    const { presentation } = this.#in;
    $effect(() => {
      if (!presentation.on()) return;
      untrack(() => {
        const drawn = new Promise<void>((resolve) => {
          this.#captionDrawn = resolve;
          presentation.captionLoaded().catch(() => resolve());
        });
        this.#holdUntil(Promise.all([drawn, presentation.screenSettled()]), 10_000);
      });
      return () => this.#releaseCaptionHold();
    });
  }

  /** The label points of countries, each once, in first-seen order. */
  #pointsOf(isos: readonly string[]) {
    const countries = this.#in.index().countries;
    return unique(isos).flatMap((iso3) => {
      const label = countries.get(iso3)?.label;
      return label ? [label] : [];
    });
  }

  #linkedPoints() {
    return this.#pointsOf(this.#in.atlas().links.flatMap((l) => [l.a, l.b]));
  }

  /** The label points of a selection: a link's ends, or a country and its partners. */
  #selectionPoints(country: string | null, linkId: string | null) {
    const index = this.#in.index();
    const link = linkId ? index.links.get(linkId) : undefined;
    if (link) return this.#pointsOf([link.a, link.b]);
    if (!country) return [];
    return this.#pointsOf([country, ...index.linksOf(country).flatMap((l) => [l.a, l.b])]);
  }

  /**
   * The first view (no camera in the URL, no tour step): the selection of a shared link, or else
   * the start region, in the free area. A jump, not a flight: nothing was shown yet to fly from,
   * and a flight's frames (each tile cut again at every zoom it passes) held the first complete
   * view back by about a second on a two-core laptop (bench (a)).
   */
  #frameFirstView() {
    const { app } = this.#in;
    let framedOnce = false;
    $effect(() => {
      if (!this.#in.map() || framedOnce) return;
      framedOnce = true;
      if (this.#in.startsWithCamera || app.tour !== null) return;
      untrack(() => {
        const selected = boundsOfPoints(this.#selectionPoints(app.country, app.link));
        const region = this.initialRegion;
        const still = { animate: false };
        if (selected) this.frameAfterDraw(selected, still);
        else if (region) this.flyTo(region, still);
      });
    });
  }

  /** The subject framed again whenever the map's box changes size (a laptop plugged into a
   * projector, a phone turned, presentation entered or left, the overlays hidden). */
  #followResize() {
    $effect(() => {
      const area = this.#in.area();
      if (!area) return;
      let last = { w: area.clientWidth, h: area.clientHeight };
      let frameId = 0;
      const observer = new ResizeObserver(() => {
        if (frameId) cancelAnimationFrame(frameId);
        else this.#count(1);
        frameId = requestAnimationFrame(() => {
          frameId = 0;
          this.#count(-1);
          const size = { w: area.clientWidth, h: area.clientHeight };
          const changed = Math.abs(size.w - last.w) > 2 || Math.abs(size.h - last.h) > 2;
          last = size;
          if (!changed || size.w === 0 || size.h === 0) return;
          // Through the hold: a box that changes while the presentation is entered waits for it.
          this.#after(Promise.resolve(), () => {
            if (this.#subject) this.frame(this.#subject);
          });
        });
      });
      observer.observe(area);
      return () => {
        observer.disconnect();
        if (!frameId) return;
        cancelAnimationFrame(frameId);
        frameId = 0;
        this.#count(-1);
      };
    });
  }

  /**
   * A selected link or country is brought into view (its ends, or it and its partners) when part
   * of it lies outside the free area. A tour step sets its own camera, and leaving the
   * presentation keeps the last step's view (a teacher saves it as an image, or goes on from it):
   * only a new selection moves the camera. A shared link's camera wins over its selection: it
   * opens exactly as it was shared (a teacher's close-up of North Korea stays a close-up, not the
   * world of its partners).
   */
  #bringSelectionIntoView() {
    const { app } = this.#in;
    let broughtIntoView = '';
    $effect(() => {
      const points = this.#selectionPoints(app.country, app.link);
      const selection = `${app.country}|${app.link}`;
      const map = this.#in.map();
      if (!map) return;
      const changed = selection !== broughtIntoView;
      broughtIntoView = selection;
      if (!changed || app.tour !== null || points.length === 0) return;
      const opensShared = selection === this.#shared;
      this.#shared = null;
      if (opensShared) return;
      untrack(() => {
        // After the sheet and panel have drawn the new selection.
        this.#after(tick(), () => {
          const view = map.getBounds();
          const bounds = boundsOfPoints(points);
          const area = this.#in.area();
          if (!view || !bounds || !area) return;
          const box = area.getBoundingClientRect();
          if (!allInFree(view, box, coverPadding(area, bounds), points)) this.frame(bounds);
        });
      });
    });
  }
}
