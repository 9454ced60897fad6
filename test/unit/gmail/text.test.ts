// @vitest-environment happy-dom
// The innerText-like walk that reads bodies and subjects.
import { describe, expect, it } from 'vitest'
import { inlineText, tidy, visibleText } from '../../../extension/gmail/text'

function html(markup: string): Element {
  const host = document.createElement('div')
  host.append(...new DOMParser().parseFromString(markup, 'text/html').body.childNodes)
  document.body.replaceChildren(host)
  return host
}

describe('visibleText', () => {
  it('breaks lines at blocks and <br>, a blank line around paragraphs', () => {
    const el = html('<div>one</div><div>two<br>three</div><p>four</p>five <b>six</b>')
    expect(visibleText(el)).toBe('one\ntwo\nthree\n\nfour\n\nfive six')
  })

  it('counts a trailing <br> towards the block break and keeps empty-line divs', () => {
    const el = html('<div>a<br></div><div>b</div><div><br></div><div>c</div>')
    expect(visibleText(el)).toBe('a\nb\n\nc')
  })

  it('collapses source whitespace but keeps <pre> as written', () => {
    const el = html('<div>\n   spaced\n   out   </div>\n  <pre>a  b\n  c</pre>')
    expect(visibleText(el)).toBe('spaced out\na b\nc')
  })

  it('leaves out hidden elements, scripts, styles and what the skip test rejects', () => {
    const el = html(
      '<div style="display:none">pre</div><div hidden>h</div><style>p{}</style>' +
        '<div>kept</div><div class="q">quoted</div><span style="visibility:hidden">v</span>',
    )
    expect(visibleText(el, (e) => e.matches('.q'))).toBe('kept')
  })

  it('reads emoji images by their alt, ignores other images', () => {
    const el = html('Hi <img data-emoji="👋" alt="👋"> <img alt="logo" src="data:,">there')
    expect(visibleText(el)).toBe('Hi 👋 there')
  })

  it('separates table cells', () => {
    const el = html('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>')
    expect(visibleText(el)).toBe('a b\nc')
  })
})

describe('inlineText and tidy', () => {
  it('puts everything on one line', () => {
    expect(inlineText(html('<h2>Re:\n <span>Budget</span><div>2026</div></h2>'))).toBe('Re: Budget 2026')
  })

  it('trims lines, turns no-break spaces into spaces and keeps at most one blank line', () => {
    expect(tidy('  a\u00a0 b \r\n\r\n\r\n\n c\u202f?  ')).toBe('a b\n\nc ?')
  })
})
