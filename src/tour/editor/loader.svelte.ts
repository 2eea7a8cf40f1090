/**
 * The tour editor is its own chunk, loaded on the first press of "Tours" (the first view's
 * download does not carry it): this holds the loaded panel, the pending state while it loads,
 * the error if it could not, and whether the panel is open. The header's button and the app
 * share one instance, so the panel can live outside the header's "More" menu.
 */
import type { Component } from 'svelte';
import type { TourStep } from '../../data/types';
import type { AtlasIndex } from '../../lib/atlas-index';
import type { AppState } from '../../state/app.svelte';
import type { CurrentView } from './model';

export interface ToursPanelProps {
  app: AppState;
  index: AtlasIndex;
  /** What is on screen now, for "Add this view as a step". */
  view: () => CurrentView;
  /** Starts the presentation of these steps at once; `id` null is the guided tour. */
  onpresent: (steps: TourStep[], id: string | null) => void;
  onclose: () => void;
  /** Kept mounted but not shown (while presenting). */
  hidden?: boolean;
}

export class ToursLoader {
  Panel: Component<ToursPanelProps> | null = $state.raw(null);
  open = $state(false);
  pending = $state(false);
  error: string | null = $state(null);

  #load: () => Promise<{ default: Component<ToursPanelProps> }>;

  constructor(load: () => Promise<{ default: Component<ToursPanelProps> }>) {
    this.#load = load;
  }

  async toggle(): Promise<void> {
    if (this.open) {
      this.open = false;
      return;
    }
    this.error = null;
    if (!this.Panel) {
      this.pending = true;
      try {
        this.Panel = (await this.#load()).default;
      } catch (e) {
        this.error = e instanceof Error ? e.message : String(e);
        return;
      } finally {
        this.pending = false;
      }
    }
    this.open = true;
  }
}
