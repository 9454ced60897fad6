/** A small busy mark; the button's own text says what is happening. */
export function Spinner() {
  return <span class="spinner" aria-hidden="true" />
}
