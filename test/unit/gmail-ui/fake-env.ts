// A UiEnv for a DOM without layout: a clock the test moves, and visibility the test decides
// (every mounted element counts as on screen from the moment it is watched, unless hidden).

import type { UiEnv } from '../../../extension/gmail-ui/env'

export interface FakeEnv {
  env: UiEnv
  advance(ms: number): void
  setVisible(el: Element, visible: boolean): void
}

export function fakeEnv(): FakeEnv {
  let time = 100_000
  const watchers = new Map<Element, (visible: boolean) => void>()
  return {
    env: {
      now: () => time,
      watchVisibility(el, onChange) {
        watchers.set(el, onChange)
        onChange(true)
        return () => watchers.delete(el)
      },
    },
    advance(ms) {
      time += ms
    },
    setVisible(el, visible) {
      watchers.get(el)?.(visible)
    },
  }
}
