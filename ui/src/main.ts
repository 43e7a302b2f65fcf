import { mount } from 'svelte';
import App from './App.svelte';
import './styles/app.css';
import { applyLanguage } from './lib/languageChoice';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The chosen language's catalogue is loaded before the first screen, so it is never drawn in English first.
await applyLanguage().catch(() => {});

export default mount(App, { target });
