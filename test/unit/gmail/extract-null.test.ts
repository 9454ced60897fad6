// @vitest-environment happy-dom
// When the page is not a thread we recognize, the extractor says so (null) instead of guessing.
import { describe, expect, it } from 'vitest'
import { extractGmailClip } from '../../../extension/gmail/extract'
import { byId, loadFixture, nth } from './load-fixture'

const URL = 'https://mail.google.com/mail/u/0/#inbox'

function remove(selector: string): void {
  for (const el of document.querySelectorAll(selector)) el.remove()
}

describe('pages that are not a Gmail thread', () => {
  it('rejects URLs outside https://mail.google.com', () => {
    const doc = loadFixture('thread-single-en-attachments.html')
    expect(extractGmailClip(doc, URL)).not.toBeNull()
    for (const url of [
      'https://example.com/mail/u/0/#inbox',
      'http://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com.evil.example/mail/u/0/#inbox',
      'https://calendar.google.com/calendar/u/0/r',
      'https://mail.google.com/chat/u/0/',
      'not a url',
    ]) {
      expect(extractGmailClip(doc, url), url).toBeNull()
    }
  })

  it('returns null on the inbox list without a reading pane', () => {
    loadFixture('reading-pane-en.html')
    remove('.aia')
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('returns null on a real 2014 inbox list capture (InboxSDK test page)', () => {
    const doc = loadFixture('real/inboxsdk__gmail-2014-12-18__inbox-list.html')
    expect(doc.querySelectorAll('tr.zA').length).toBeGreaterThan(0)
    expect(extractGmailClip(doc, URL)).toBeNull()
  })

  it('returns null on an empty page', () => {
    loadFixture('thread-single-en-attachments.html')
    document.body.replaceChildren()
    expect(extractGmailClip(document, URL)).toBeNull()
  })
})

describe('views that are gone or not meant', () => {
  it('returns null when the only thread view left is a hidden stale one', () => {
    loadFixture('stale-views-en.html')
    nth('[role=main]', 0).setAttribute('style', 'display:none')
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('returns null when the pressed button belongs to a stale view', () => {
    loadFixture('stale-views-en.html')
    expect(extractGmailClip(document, URL, byId('stale-message'))).toBeNull()
    expect(extractGmailClip(document, URL, byId('visible-message'))?.subject).toBe('Q4 forecast')
  })

  it('returns null when two threads are visible and no target says which', () => {
    loadFixture('stale-views-en.html')
    const stale = nth('.nH.bkK', 1)
    stale.removeAttribute('style')
    expect(extractGmailClip(document, URL)).toBeNull()
    expect(extractGmailClip(document, URL, byId('stale-message'))?.subject).toBe('STALE Old thread')
  })

  it('returns null for a collapsed message (it has a snippet, not a body)', () => {
    loadFixture('thread-many-fr.html')
    expect(extractGmailClip(document, URL, nth('div.adf.ads', 0))).toBeNull()
  })

  it('returns null when no message of the thread is expanded', () => {
    loadFixture('thread-many-fr.html')
    remove('div.h7')
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('returns null for a target outside any thread', () => {
    loadFixture('thread-many-fr.html')
    expect(extractGmailClip(document, URL, nth('[gh=mtb]', 0))).toBeNull()
  })
})

describe('structures we do not recognize', () => {
  it('returns null when the sender cannot be read', () => {
    loadFixture('thread-single-en-attachments.html')
    remove('.gE [email]')
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('never takes a recipient for the sender', () => {
    loadFixture('thread-single-en-attachments.html')
    remove('span.gD')
    expect(document.querySelectorAll('span.g2[email]').length).toBe(1)
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('returns null when the message has no id at all', () => {
    loadFixture('thread-single-en-attachments.html')
    const message = nth('div.adn', 0)
    message.removeAttribute('data-message-id')
    message.removeAttribute('data-legacy-message-id')
    nth('div.ii.gt', 0).removeAttribute('jslog')
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('returns null when no thread id can be found anywhere', () => {
    loadFixture('thread-single-en-attachments.html')
    const subject = nth('h2.hP:not([data-thread-perm-id^="thread-f:18000"])', 0)
    subject.setAttribute('data-thread-perm-id', 'undefined')
    subject.removeAttribute('data-legacy-thread-id')
    nth('div.ii.gt', 0).removeAttribute('jslog')
    expect(extractGmailClip(document, URL)).toBeNull()
  })

  it('says the body could not be read when the message body is missing (no silent empty clip)', () => {
    loadFixture('thread-single-en-attachments.html')
    remove('div.ii.gt')
    const clip = extractGmailClip(document, URL)
    expect(clip?.body).toBe('')
    expect(clip?.bodySource).toBe('fallback')
    expect(clip?.unread).toEqual(['body'])
  })
})
