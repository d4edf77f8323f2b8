// Vue's full ES build (runtime + template compiler) ships without its own .d.ts: same API as 'vue'.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
