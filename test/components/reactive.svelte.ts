/** Props that a test can change after mounting, as a parent component would: Svelte state, read by the component. */
export function reactiveProps<Props extends object>(initial: Props): Props {
  const props = $state(initial);
  return props;
}
