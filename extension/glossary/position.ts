// Where the tooltip goes: beside the term, inside the viewport, and never
// over the pointer (a tooltip under the pointer would hide what is read and
// take the hover from the page).

export interface Rect {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

export interface Size {
  readonly width: number
  readonly height: number
}

export interface Point {
  readonly x: number
  readonly y: number
}

const GAP = 6
const EDGE = 4
/** Room kept free round the pointer's hot spot (the arrow is drawn below and right of it). */
const POINTER_ROOM = 12

export function placeTooltip(anchor: Rect, size: Size, viewport: Size, pointer: Point | null): { left: number; top: number } {
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, viewport.width - size.width - EDGE))
  const clampY = (y: number) => Math.max(EDGE, Math.min(y, viewport.height - size.height - EDGE))
  const x = clampX(anchor.left)
  const candidates = [
    { left: x, top: anchor.bottom + GAP, fits: anchor.bottom + GAP + size.height <= viewport.height - EDGE },
    { left: x, top: anchor.top - GAP - size.height, fits: anchor.top - GAP - size.height >= EDGE },
    { left: anchor.right + GAP, top: clampY(anchor.top), fits: anchor.right + GAP + size.width <= viewport.width - EDGE },
    { left: anchor.left - GAP - size.width, top: clampY(anchor.top), fits: anchor.left - GAP - size.width >= EDGE },
  ]
  for (const c of candidates) {
    if (c.fits && !covers(c, size, pointer)) return { left: c.left, top: c.top }
  }
  // Nothing fits beside the term (a tiny viewport): keep it inside and step off the pointer.
  const fallback = { left: x, top: clampY(anchor.bottom + GAP) }
  if (pointer === null || !covers(fallback, size, pointer)) return fallback
  const off = POINTER_ROOM + 2
  const aside = [
    { left: x, top: pointer.y + off },
    { left: x, top: pointer.y - off - size.height },
    { left: pointer.x + off, top: clampY(pointer.y) },
    { left: pointer.x - off - size.width, top: clampY(pointer.y) },
  ]
  const inside = (b: { left: number; top: number }) =>
    b.left >= 0 && b.top >= 0 && b.left + size.width <= viewport.width && b.top + size.height <= viewport.height
  // Off the pointer comes first: past the viewport's edge is better than over what is read.
  return aside.find((b) => inside(b) && !covers(b, size, pointer)) ?? aside[0]!
}

export function covers(box: { left: number; top: number }, size: Size, pointer: Point | null): boolean {
  if (pointer === null) return false
  return (
    pointer.x >= box.left - POINTER_ROOM &&
    pointer.x <= box.left + size.width + POINTER_ROOM &&
    pointer.y >= box.top - POINTER_ROOM &&
    pointer.y <= box.top + size.height + POINTER_ROOM
  )
}
