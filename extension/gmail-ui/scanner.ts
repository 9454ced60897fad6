// Keeps exactly one button in every slot: adds the missing ones, leaves the present ones alone,
// and removes those whose slot went away. Gmail re-renders toolbars and hides whole views at
// will, so this runs again after every batch of DOM changes; a scan with nothing to do changes
// nothing (otherwise our own insertions would keep re-triggering it).

import type { ButtonHandle } from './button'
import { findSlots, type Slot } from './slots'

/** A placed button and the slot it serves; `slot` is refreshed on every scan. */
export interface Placement {
  slot: Slot
  handle: ButtonHandle
}

export interface Scanner {
  scan(): void
  placements(): Placement[]
  /** Removes every button (the view went away for good, or the script was stopped). */
  clear(): void
}

export function createScanner(doc: Document, make: (placement: { slot: Slot }) => ButtonHandle): Scanner {
  const placed = new Map<Element, Placement>()

  const scan = () => {
    const slots = findSlots(doc)
    const wanted = new Set(slots.map((slot) => slot.container))
    for (const [container, placement] of placed) {
      if (wanted.has(container)) continue
      placement.handle.destroy()
      placed.delete(container)
    }
    for (const slot of slots) {
      const existing = placed.get(slot.container)
      if (existing && existing.handle.host.parentNode === slot.container) {
        existing.slot = slot
        continue
      }
      // Gmail dropped our host but kept the container: a fresh button, whose visibility
      // clock starts over like any new UI.
      existing?.handle.destroy()
      const placement = { slot } as Placement
      placement.handle = make(placement)
      removeCopies(slot.container, placement.handle.host.localName)
      placement.handle.mount(slot.container, slot.before)
      placed.set(slot.container, placement)
    }
  }

  return {
    scan,
    placements: () => [...placed.values()],
    clear() {
      for (const placement of placed.values()) placement.handle.destroy()
      placed.clear()
    },
  }
}

// A toolbar Gmail re-renders by cloning carries a copy of our host: an empty element, since
// closed shadow roots are not cloned. Copies go before the real button comes in.
function removeCopies(container: Element, tag: string): void {
  for (const copy of [...container.getElementsByTagName(tag)]) copy.remove()
}
