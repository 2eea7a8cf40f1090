/** A tablet (768×1024) and a phone in portrait and landscape: see legibility.ts. */
import { legibilityTests } from './legibility';

legibilityTests([
  { width: 768, height: 1024, touch: true },
  { width: 390, height: 844, touch: true },
  { width: 844, height: 390, touch: true },
]);
