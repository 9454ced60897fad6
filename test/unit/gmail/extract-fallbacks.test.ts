// @vitest-environment happy-dom
// The later entries of each selector chain, exercised by removing the earlier ones.
import { describe, expect, it } from 'vitest'
import { extractGmailClip } from '../../../extension/gmail/extract'
import { loadFixture, nth } from './load-fixture'

const URL = 'https://mail.google.com/mail/u/0/#inbox'
const visibleSubject = (): Element => nth('[role=main] h2.hP', 0)

describe('thread id', () => {
  it('reads the perm id when the legacy id is missing', () => {
    loadFixture('thread-single-en-attachments.html')
    visibleSubject().removeAttribute('data-legacy-thread-id')
    expect(extractGmailClip(document, URL)?.threadId).toBe('198c6747aabb71a9')
  })

  it('reads the body jslog when the subject carries "undefined" and no legacy id (Nov 2025)', () => {
    loadFixture('thread-single-en-attachments.html')
    visibleSubject().setAttribute('data-thread-perm-id', 'undefined')
    visibleSubject().removeAttribute('data-legacy-thread-id')
    const clip = extractGmailClip(document, URL)
    expect(clip?.threadId).toBe('198c6747aabb71a9')
    expect(clip?.permalink).toBe('https://mail.google.com/mail/u/alice@example.com/#all/198c6747aabb71a9')
  })

  it('decodes the URL token as a last resort', () => {
    loadFixture('thread-single-en-attachments.html')
    visibleSubject().setAttribute('data-thread-perm-id', 'undefined')
    visibleSubject().removeAttribute('data-legacy-thread-id')
    nth('div.ii.gt', 0).removeAttribute('jslog')
    const clip = extractGmailClip(document, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt')
    expect(clip?.threadId).toBe('198c6747aabb71a9')
    expect(extractGmailClip(document, 'https://mail.google.com/mail/u/0/#all/198c6747aabb71a9')?.threadId).toBe('198c6747aabb71a9')
  })
})

describe('message id', () => {
  it('converts data-message-id when the legacy id is missing', () => {
    loadFixture('thread-single-en-attachments.html')
    nth('div.adn', 0).removeAttribute('data-legacy-message-id')
    expect(extractGmailClip(document, URL)?.messageId).toBe('198c6747aabb71a9')
  })

  it('reads jslog slot 4 when both attributes are missing', () => {
    loadFixture('thread-many-fr.html')
    const m5 = nth('div.adn', 1)
    m5.removeAttribute('data-legacy-message-id')
    m5.removeAttribute('data-message-id')
    // Still found as a message by its class; the id comes from its body's jslog.
    expect(extractGmailClip(document, URL)?.messageId).toBe('19cb92b4d627e6b2')
  })
})

describe('date', () => {
  it('falls back to the id time when the UI language is not one we parse', () => {
    loadFixture('thread-single-en-attachments.html')
    document.documentElement.setAttribute('lang', 'es')
    // 0x198c6747aabb71a9 >> 20 = 1755676179115 = 2025-08-20T07:49:39.115Z
    expect(extractGmailClip(document, URL)?.date).toBe(Date.UTC(2025, 7, 20, 7, 49, 39, 115))
  })

  it('falls back to the id time when the label has an unknown shape', () => {
    loadFixture('thread-many-fr.html')
    nth('div.adn span.g3', 1).setAttribute('title', '04/03/2026 15:05')
    expect(extractGmailClip(document, URL)?.date).toBe(Date.UTC(2026, 2, 4, 14, 5, 48, 770))
  })

  it('gives null for a fresh reply whose label cannot be read (no id time either)', () => {
    loadFixture('thread-fresh-reply-en.html')
    document.documentElement.setAttribute('lang', 'de')
    const clip = extractGmailClip(document, URL)
    expect(clip?.messageId).toBe('msg-a:r-4437691956637862407')
    expect(clip?.date).toBeNull()
  })
})

describe('account', () => {
  it("reads Google's account button when the title has no address", () => {
    loadFixture('delegated-en.html')
    document.title = 'Reise nach Lyon'
    const clip = extractGmailClip(document, 'https://mail.google.com/mail/u/2/#inbox')
    expect(clip?.account).toBe('ana.assist@example.com')
    expect(clip?.permalink).toBe('https://mail.google.com/mail/u/ana.assist@example.com/#all/19bc0bde92b55555')
  })

  it('links by the page path when no address is shown anywhere', () => {
    loadFixture('thread-single-en-attachments.html')
    document.title = 'Quarterly invoice'
    const clip = extractGmailClip(document, 'https://mail.google.com/mail/u/3/#inbox')
    expect(clip?.account).toBeNull()
    expect(clip?.permalink).toBe('https://mail.google.com/mail/u/3/#all/198c6747aabb71a9')
    expect(clip?.pathPermalink).toBe(clip?.permalink)
  })

  it('treats /mail/ as the first account', () => {
    loadFixture('thread-single-en-attachments.html')
    expect(extractGmailClip(document, 'https://mail.google.com/mail/#inbox')?.pathPermalink).toBe(
      'https://mail.google.com/mail/u/0/#all/198c6747aabb71a9',
    )
  })
})

describe('people and attachments', () => {
  it('falls back to the sender text and hovercard id when attributes are partial', () => {
    loadFixture('thread-single-en-attachments.html')
    const sender = nth('span.gD', 0)
    sender.removeAttribute('name')
    sender.removeAttribute('email')
    expect(extractGmailClip(document, URL)?.from).toEqual({ name: 'Bob Vendor', email: 'bob@vendor.example' })
  })

  it('reads attachment names from download_url when the label is missing', () => {
    loadFixture('thread-single-en-attachments.html')
    for (const el of document.querySelectorAll('span.aV3')) el.remove()
    expect(extractGmailClip(document, URL)?.attachments).toEqual([
      { name: 'invoice-Q3.pdf', size: '84 KB' },
      { name: 'line items.csv', size: '2 KB' },
    ])
  })
})
