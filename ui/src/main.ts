import { mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import { applyLanguage } from './lib/languageChoice';
import { startupMark } from './lib/ready';
import { startHomeOverview } from './lib/homeData';
import { router } from './lib/router.svelte';

startupMark('script');

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The chosen language's catalogue is loaded before the first screen, so it is never drawn in English first.
await applyLanguage().catch(() => {});
startupMark('language');
// Home's read starts now, beside the app's facts, rather than after them (lib/homeData.ts).
if (router.route.name === 'home') startHomeOverview();

export default mount(App, { target });
startupMark('mounted');
