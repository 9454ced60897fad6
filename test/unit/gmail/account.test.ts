// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { accountFromTitle, buildPermalinks, parseGmailUrl, threadHexFromHash } from '../../../extension/gmail/account'
import { encodeUrlToken } from '../../../extension/gmail/url-token'

describe('parseGmailUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/1/#inbox', '/mail/u/1/', null, false, 'inbox'],
    ['https://mail.google.com/mail/u/0/?ogbl#inbox/FMfcg', '/mail/u/0/', null, false, 'inbox/FMfcg'],
    ['https://mail.google.com/mail/u/alice@example.com/#all', '/mail/u/alice@example.com/', 'alice@example.com', false, 'all'],
    ['https://mail.google.com/mail/u/Alice%40Example.com/', '/mail/u/Alice%40Example.com/', 'alice@example.com', false, ''],
    ['https://mail.google.com/mail/', '/mail/u/0/', null, false, ''],
    ['https://mail.google.com/mail', '/mail/u/0/', null, false, ''],
    ['https://mail.google.com/mail/u/0/d/AEoRX/#inbox', '/mail/u/0/d/AEoRX/', null, true, 'inbox'],
    ['https://mail.google.com/mail/b/AEoRX/u/0/#inbox', '/mail/b/AEoRX/u/0/', null, true, 'inbox'],
    ['https://mail.google.com/a/example.com/mail/u/0/#inbox', '/a/example.com/mail/u/0/', null, true, 'inbox'],
  ])('%s', (url, accountPath, pathEmail, keepPath, hash) => {
    expect(parseGmailUrl(url)).toEqual({ accountPath, pathEmail, keepPath, hash })
  })

  it('rejects other pages', () => {
    for (const url of [
      'https://mail.google.com/',
      'https://mail.google.com/chat/',
      'http://mail.google.com/mail/',
      'https://gmail.com/mail/u/0/',
      'mail.google.com/mail/u/0/',
      '',
    ]) {
      expect(parseGmailUrl(url), url).toBeNull()
    }
  })
})

describe('accountFromTitle', () => {
  it('takes the address segment, searching from the end', () => {
    expect(accountFromTitle('Inbox (3) - alice@example.com - Gmail')).toBe('alice@example.com')
    expect(accountFromTitle('Fwd: bob@x.example - a - b - Alice@Example.com - Example Mail')).toBe('alice@example.com')
    expect(accountFromTitle('Inbox (3) - Gmail')).toBeNull()
    expect(accountFromTitle('write to bob@x.example today - Gmail')).toBeNull()
  })
})

describe('threadHexFromHash', () => {
  it('reads hex ids and thread-f tokens, nothing else', () => {
    expect(threadHexFromHash('inbox/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt')).toBe('198c6747aabb71a9')
    expect(threadHexFromHash('label/Clients%2FACME/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt')).toBe('198c6747aabb71a9')
    expect(threadHexFromHash('all/198C6747AABB71A9')).toBe('198c6747aabb71a9')
    expect(threadHexFromHash('inbox')).toBeNull()
    expect(threadHexFromHash('label/bad')).toBeNull()
    expect(threadHexFromHash(`inbox/${encodeUrlToken('a:r873907427374440696')}`)).toBeNull()
  })
})

describe('buildPermalinks', () => {
  const plain = { accountPath: '/mail/u/2/', pathEmail: null, keepPath: false, hash: '' }

  it('links by address, with the page path as fallback', () => {
    expect(buildPermalinks(plain, 'alice+exec@example.com', 'abc')).toEqual({
      permalink: 'https://mail.google.com/mail/u/alice+exec@example.com/#all/abc',
      pathPermalink: 'https://mail.google.com/mail/u/2/#all/abc',
    })
  })

  it('keeps delegated paths even when the address is known', () => {
    const delegated = { ...plain, accountPath: '/mail/u/0/d/XY/', keepPath: true }
    expect(buildPermalinks(delegated, 'boss@example.com', 'abc').permalink).toBe('https://mail.google.com/mail/u/0/d/XY/#all/abc')
  })
})
