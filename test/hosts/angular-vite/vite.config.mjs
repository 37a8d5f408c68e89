import {defineConfig} from 'vite';

/**
 * JIT compilation in the browser puts @angular/compiler (about 480 kB minified) in the app's chunk with
 * @angular/core, about 990 kB in all; an Angular CLI app compiles ahead of time instead. The limit only
 * silences Vite's size notice for this test app.
 */
export default defineConfig({build: {chunkSizeWarningLimit: 1500}});
