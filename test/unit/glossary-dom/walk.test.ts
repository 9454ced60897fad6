// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { isExcludedPlace } from '../../../extension/glossary/exclusions'
import { eligibleTextNodes } from '../../../extension/glossary/walk'
import { page, textNode } from './helpers'

const EXCLUDED = `
  <p>one SLA</p>
  <textarea>SLA in a textarea</textarea>
  <input value="SLA in an input">
  <div contenteditable="true"><p>SLA being typed</p><div><b>KPI nested deep</b></div></div>
  <div contenteditable="false"><p>two SLA</p></div>
  <div role="textbox"><span>SLA in a textbox</span></div>
  <code>SLA in code</code>
  <pre><span class="tok">SLA in a highlighted block</span></pre>
  <script>var SLA = 'in a script'</script>
  <style>.SLA { color: red }</style>
  <noscript>SLA in noscript</noscript>
  <svg><text>SLA in a drawing</text><g><title>SLA title</title></g></svg>
  <button>SLA button</button>
  <select><option>SLA option</option></select>
  <p>three <em>SLA</em> and <span data-relais-mark="">SLA marked</span></p>
  <div id="host"><p>SLA in our own host</p></div>
  <p>four KPI</p>
`

describe('the eligible-text walk', () => {
  it('keeps readable text and skips every excluded region', () => {
    const body = page(EXCLUDED)
    const texts = eligibleTextNodes(body, { skip: [body.querySelector('#host')!] })
      .map((t) => t.data.trim())
      .filter(Boolean)
    expect(texts).toEqual(['one SLA', 'two SLA', 'three', 'SLA', 'and', 'four KPI'])
  })

  it('skips nested excluded roots once and resumes after them', () => {
    const body = page('<pre><code>SLA</code><code>KPI</code></pre><p>after</p><div contenteditable><pre>x</pre></div><p>end</p>')
    expect(eligibleTextNodes(body).map((t) => t.data)).toEqual(['after', 'end'])
  })

  it('returns nothing when the whole document is editable', () => {
    const body = page('<p>SLA</p>')
    document.designMode = 'on'
    try {
      expect(eligibleTextNodes(body)).toEqual([])
    } finally {
      document.designMode = 'off'
    }
  })

  it('judges a lone node the same way for the incremental rescan', () => {
    const body = page(EXCLUDED)
    const host = body.querySelector('#host')!
    expect(isExcludedPlace(textNode(body, 'one SLA'))).toBe(false)
    expect(isExcludedPlace(textNode(body, 'KPI nested deep'))).toBe(true)
    expect(isExcludedPlace(textNode(body, 'SLA in a highlighted block'))).toBe(true)
    expect(isExcludedPlace(body.querySelector('textarea')!)).toBe(true)
    expect(isExcludedPlace(textNode(body, 'two SLA'))).toBe(false)
    expect(isExcludedPlace(textNode(body, 'SLA in our own host'), [host])).toBe(true)
    expect(isExcludedPlace(textNode(body, 'SLA marked'))).toBe(true)
  })
})
