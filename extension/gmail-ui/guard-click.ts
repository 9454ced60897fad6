// Wires a control of our UI to an action, through the click guard.

import { isClickAllowed } from './click-guard'
import type { UiEnv } from './env'

export function guardClick(control: Element, host: Element, shownSince: () => number | null, env: UiEnv, run: () => void): void {
  control.addEventListener('click', (event) => {
    if (isClickAllowed({ event, control, host, shownSince: shownSince(), now: env.now() })) run()
  })
}
