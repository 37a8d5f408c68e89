import {compile} from 'svelte/compiler';
import {defineConfig} from 'vite';

/**
 * Svelte 5's own compiler, called for .svelte files: what @sveltejs/vite-plugin-svelte does for a build,
 * without its dev server and HMR parts (not installed here).
 */
function svelte() {
  return {
    name: 'svelte-compile',
    transform(source, id) {
      if (!id.endsWith('.svelte')) return null;
      const {js, warnings} = compile(source, {filename: id, generate: 'client'});
      for (const warning of warnings) this.warn(warning.message);
      return {code: js.code, map: js.map};
    },
  };
}

export default defineConfig({plugins: [svelte()]});
