import {defineConfig} from 'vite';

/** No SFC plugin: Vue's full build compiles the template at run time. */
export default defineConfig({
  resolve: {alias: {vue: 'vue/dist/vue.esm-bundler.js'}},
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
});
