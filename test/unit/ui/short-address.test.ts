import { describe, expect, it } from 'vitest'
import { shortAddress } from '../../../extension/ui/format/short-address'

describe('shortAddress', () => {
  it('keeps host and path, drops the scheme, www, query and fragment', () => {
    expect(shortAddress('https://www.impots.gouv.fr/professionnel?x=1#top')).toBe('impots.gouv.fr/professionnel')
    expect(shortAddress('http://127.0.0.1:8080/')).toBe('127.0.0.1:8080')
    expect(shortAddress('https://fr.wikipedia.org/wiki/K%C3%A9bab')).toBe('fr.wikipedia.org/wiki/Kébab')
  })

  it('cuts a long path in the middle, keeping the host and the end', () => {
    const short = shortAddress('https://docs.example.com/a/very/long/path/to/some/deeply/nested/page-name.html', 40)!
    expect(short).toHaveLength(40)
    expect(short.startsWith('docs.example.com/a/')).toBe(true)
    expect(short.endsWith('page-name.html')).toBe(true)
    expect(short).toContain('…')
  })

  it('gives nothing for what is not a web address', () => {
    expect(shortAddress('javascript:alert(1)')).toBeNull()
    expect(shortAddress('not a url')).toBeNull()
  })
})
