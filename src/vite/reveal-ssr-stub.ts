/** Stands in for reveal.js and its plugins while prerendering: only the markup is rendered there. */
export default function revealStub(): never {
  throw new Error('reveal.js is not available while prerendering');
}
