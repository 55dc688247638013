/** Svelte 5 with runes everywhere: the components take `$props()` and keep view state in `$state`. */
export default {
  compilerOptions: { runes: true },
};
