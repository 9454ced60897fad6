// @vitest-environment happy-dom
// The checks themselves, one at a time.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isClickAllowed, isOnTop, isOpaqueUpward } from '../../../extension/gmail-ui/click-guard'
import { fakeLayout } from './dom-helpers'

function setup() {
  document.body.replaceChildren()
  const wrapper = document.createElement('div')
  const host = document.createElement('abcdef-ghijkl')
  const root = host.attachShadow({ mode: 'closed' })
  const control = document.createElement('button')
  root.append(control)
  wrapper.append(host)
  document.body.append(wrapper)
  return { wrapper, host, control }
}

function trusted(): Event {
  const event = new MouseEvent('click')
  Object.defineProperty(event, 'isTrusted', { value: true })
  return event
}

afterEach(() => {
  vi.restoreAllMocks()
  document.documentElement.removeAttribute('style')
})

describe('isClickAllowed', () => {
  it('allows a trusted click on visible, opaque, uncovered UI shown 500 ms ago', () => {
    fakeLayout()
    const { host, control } = setup()
    expect(isClickAllowed({ event: trusted(), control, host, shownSince: 1000, now: 1500 })).toBe(true)
  })

  it('refuses untrusted events, UI not on screen, or shown less than 500 ms ago', () => {
    fakeLayout()
    const { host, control } = setup()
    expect(isClickAllowed({ event: new MouseEvent('click'), control, host, shownSince: 0, now: 5000 })).toBe(false)
    expect(isClickAllowed({ event: trusted(), control, host, shownSince: null, now: 5000 })).toBe(false)
    expect(isClickAllowed({ event: trusted(), control, host, shownSince: 1000, now: 1499 })).toBe(false)
  })

  it('refuses a host that left the page', () => {
    fakeLayout()
    const { host, control } = setup()
    host.remove()
    expect(isClickAllowed({ event: trusted(), control, host, shownSince: 0, now: 5000 })).toBe(false)
  })
})

describe('isOpaqueUpward', () => {
  it('walks from inside the shadow root through the host up to <html>', () => {
    const { wrapper, control } = setup()
    expect(isOpaqueUpward(control)).toBe(true)
    wrapper.style.opacity = '0.3'
    expect(isOpaqueUpward(control)).toBe(false)
    wrapper.style.opacity = ''
    document.documentElement.style.filter = 'blur(1px) opacity(0.2)'
    expect(isOpaqueUpward(control)).toBe(false)
  })

  it('checks elements inside our own shadow root too', () => {
    const { control } = setup()
    control.style.opacity = '0.1'
    expect(isOpaqueUpward(control)).toBe(false)
  })
})

describe('isOnTop', () => {
  it('needs the page to report our host at the centre of the control', () => {
    const { host, control } = setup()
    fakeLayout()
    expect(isOnTop(control, host)).toBe(true)
    fakeLayout(() => document.body)
    expect(isOnTop(control, host)).toBe(false)
  })

  it('refuses a control without a box', () => {
    const { host, control } = setup()
    document.elementFromPoint = () => host
    expect(isOnTop(control, host)).toBe(false) // happy-dom boxes are 0×0
  })
})
