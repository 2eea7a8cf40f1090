/**
 * Presentation mode: whether the app is presenting, the black screen, the digits typed for a
 * jump, and the screen itself (Fullscreen API). The tour step is not here: it lives in
 * `AppState.tour`, so the URL carries it. Keys go through the pure reducer in `navigation.ts`.
 *
 * Full screen is a wish, not a condition: where the browser refuses it (no user gesture, an
 * iframe, an iPhone) the presentation goes on in the window and `fullscreenError` says why.
 */
import {
  applyIntent,
  navigate,
  type NavKey,
  type NavResult,
  type NavState,
  type RemoteIntent,
} from './navigation';
import { newSession } from './channel';

export interface PresentationOptions {
  /** Called after entering (e.g. to show the first step when none is chosen). */
  onenter?: () => void;
  /** Called after leaving, however it happened: Esc, the button, or the browser leaving full screen. */
  onexit?: () => void;
}

export class Presentation {
  presenting = $state(false);
  blackout = $state(false);
  typed = $state('');
  /** Whether this presentation holds the screen. */
  fullscreen = $state(false);
  /** The browser's reason when full screen was asked for and refused. */
  fullscreenError: string | null = $state(null);
  /**
   * Resolves once the screen this presentation asked for is settled: full screen granted (the
   * window has its new size) or refused, or at once when none was asked for. Never rejects.
   */
  screenSettled: Promise<void> = Promise.resolve();

  /**
   * This window's id on the tour channel, given to the notes window it opens (`notesUrl`): the
   * notes follow and drive this presentation only, and nothing else on the channel is heard.
   */
  readonly session: string = newSession();

  #options: PresentationOptions;
  #doc: Document;

  constructor(options: PresentationOptions = {}, doc: Document = document) {
    this.#options = options;
    this.#doc = doc;
  }

  /** The speaker-notes page for this presentation, under the app's `base`. */
  notesUrl(base: string): string {
    return `${base}notes.html#session=${this.session}`;
  }

  enter({ fullscreen = true }: { fullscreen?: boolean } = {}): void {
    if (this.presenting) return;
    this.presenting = true;
    this.blackout = false;
    this.typed = '';
    this.fullscreenError = null;
    this.screenSettled = fullscreen ? this.#requestFullscreen() : Promise.resolve();
    this.#options.onenter?.();
  }

  exit(): void {
    if (!this.presenting) return;
    this.presenting = false;
    this.blackout = false;
    this.typed = '';
    this.#leaveFullscreen();
    this.#options.onexit?.();
  }

  /** Applies a key; the caller prevents the default when `handled` and moves to `state.step`. */
  key(key: NavKey, step: number, count: number): NavResult {
    return this.#apply(navigate(this.#state(step, count), key));
  }

  /** Applies a button press here or in the speaker-notes window. */
  intent(intent: RemoteIntent, step: number, count: number): NavResult {
    return this.#apply(applyIntent(this.#state(step, count), intent));
  }

  /**
   * Follows the browser leaving full screen by itself (Esc there never reaches the page, F11,
   * the browser's own button): that ends the presentation too. For `$effect`; returns the removal.
   */
  listen(): () => void {
    const onchange = () => {
      const held = this.#doc.fullscreenElement !== null;
      if (this.fullscreen && !held) {
        this.fullscreen = false;
        this.exit();
      } else {
        this.fullscreen = held && this.presenting;
      }
    };
    this.#doc.addEventListener('fullscreenchange', onchange);
    return () => this.#doc.removeEventListener('fullscreenchange', onchange);
  }

  #state(step: number, count: number): NavState {
    return { step, count, blackout: this.blackout, typed: this.typed };
  }

  #apply(result: NavResult): NavResult {
    this.blackout = result.state.blackout;
    this.typed = result.state.typed;
    if (result.action === 'exit') this.exit();
    return result;
  }

  async #requestFullscreen(): Promise<void> {
    const root = this.#doc.documentElement;
    if (this.#doc.fullscreenElement) return; // someone else holds the screen: leave it to them
    if (!this.#doc.fullscreenEnabled || typeof root.requestFullscreen !== 'function') {
      this.fullscreenError = 'Fullscreen API unavailable';
      return;
    }
    try {
      await root.requestFullscreen({ navigationUI: 'hide' });
      this.fullscreen = true;
      // Esc pressed while the browser was still switching: give the screen back.
      if (!this.presenting) this.#leaveFullscreen();
    } catch (e) {
      this.fullscreenError = e instanceof Error ? e.message : String(e);
    }
  }

  #leaveFullscreen(): void {
    if (!this.fullscreen) return;
    this.fullscreen = false;
    if (this.#doc.fullscreenElement) {
      this.#doc.exitFullscreen().catch((e: Error) => (this.fullscreenError = e.message));
    }
  }
}
