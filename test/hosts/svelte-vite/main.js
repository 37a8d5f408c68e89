/**
 * A Svelte 5 app with the lazy loader: the component mounts before the elements are defined, then
 * `await defineAll()`.
 */
import {defineAll} from 'iop-family';
import {mount} from 'svelte';
import App from './App.svelte';
import {recordDefined, report} from '../report.js';

mount(App, {target: document.getElementById('app')});
recordDefined('first-render');
await defineAll();
recordDefined('after-defineAll');
report.done = true;
