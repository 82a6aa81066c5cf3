/** `.astro` imports for tsc (the Astro language server types them in editors; plain tsc does not know them). */
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
