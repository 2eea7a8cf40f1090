/**
 * The interface: mounted once the entry (`main.ts`) has started the map, which `MapView` adopts.
 */
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

performance.mark('atlas:mount-start');
const app = mount(App, { target });
performance.mark('atlas:mounted');
export default app;
