/**
 * The presenter's tools during one presentation: the white screen, the laser pointer, the pen
 * and its strokes, the help overlay and the `G` prompt. State only; keys are mapped by
 * `keys.ts`, strokes built by `strokes.ts`, and `PresenterLayer` draws them.
 */
import type { PresenterAction } from './keys';
import type { Stroke } from './strokes';

export class PresenterTools {
  white = $state(false);
  laser = $state(false);
  pen = $state(false);
  help = $state(false);
  /** `G` was pressed: the counter asks for a step number. */
  jumping = $state(false);
  strokes: Stroke[] = $state.raw([]);

  apply(action: PresenterAction): void {
    switch (action) {
      case 'white':
        this.white = !this.white;
        break;
      case 'laser':
        this.laser = !this.laser;
        break;
      case 'pen':
        this.pen = !this.pen;
        break;
      case 'erase':
        this.strokes = [];
        break;
      case 'goto':
        this.jumping = true;
        break;
      case 'help':
        this.help = !this.help;
        break;
    }
  }

  /** A new step: its map starts clean, and a half-typed jump is dropped. */
  newStep(): void {
    this.strokes = [];
    this.jumping = false;
  }
}
