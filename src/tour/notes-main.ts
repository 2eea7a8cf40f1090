/**
 * Entry of `notes.html`, the speaker-notes window. It bundles the same tour data as the map (the
 * virtual module), so it works offline and never asks the presenting window for content.
 */
import atlas from 'virtual:atlas-data';
import { mount } from 'svelte';
import { langFromNavigator } from '../i18n/translate';
import { AppState } from '../state/app.svelte';
import { loadStoredLang } from '../storage/lang';
import NotesWindow from './NotesWindow.svelte';
import { sessionFromHash } from './channel';
import '../app.css';

const target = document.getElementById('notes');
if (!target) throw new Error('notes.html has no #notes element');

const app = new AppState(loadStoredLang() ?? langFromNavigator(navigator.languages));

export default mount(NotesWindow, {
  target,
  props: {
    steps: atlas.tour,
    app,
    session: sessionFromHash(location.hash),
    regions: atlas.regions,
    countries: atlas.countries,
  },
});
