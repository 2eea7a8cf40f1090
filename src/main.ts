/**
 * The page's entry, kept small (issue 14): it starts the map — the WebGL probe, MapLibre and its
 * worker, the geometry's download — before the interface's chunk is evaluated, then imports the
 * interface (`app-main.ts`). MapLibre and the interface are separate chunks, both fetched from the
 * HTML at once (`modulepreload`, see `preloadDynamicEntry` in vite.config.ts).
 */
import { startEarlyMap } from './map/early-map';
import { THEMES } from './map/theme';
import './app.css';

startEarlyMap(THEMES.default);

export default import('./app-main').then((m) => m.default);
