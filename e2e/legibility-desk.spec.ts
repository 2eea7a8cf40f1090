/** Projectors (1920×1080, 1280×720, 1024×768) and a laptop (1366×768): see legibility.ts. */
import { legibilityTests } from './legibility';

legibilityTests([
  { width: 1920, height: 1080, touch: false },
  { width: 1280, height: 720, touch: false },
  { width: 1366, height: 768, touch: false },
  { width: 1024, height: 768, touch: false },
]);
