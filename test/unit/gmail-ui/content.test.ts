// The pure builder: a GmailClip in, the ItemContent the background expects out.
import { describe, expect, it } from 'vitest'
import { cap, contentFromClip, fallbackContent, validContent } from '../../../extension/gmail-ui/content'
import type { GmailClip } from '../../../extension/gmail/extract'

const clip: GmailClip = {
  subject: 'Re: Réunion budget 2026',
  from: { name: 'Jean Dupont', email: 'jean.dupont@example.fr' },
  to: [{ name: 'moi', email: 'claire.martin@example.fr' }],
  date: 1_772_633_100_000,
  threadId: '19cadd1b4075a3c1',
  messageId: '19cb92b4d627e6b2',
  account: 'claire.martin@example.fr',
  permalink: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19cadd1b4075a3c1',
  pathPermalink: 'https://mail.google.com/mail/u/1/#all/19cadd1b4075a3c1',
  body: 'Bonjour Claire,\n\nMerci',
  bodySource: 'message',
  attachments: [{ name: 'Budget.xlsx', size: '48 Ko' }, { name: 'notes.txt' }],
}

describe('contentFromClip', () => {
  it('titles the item by the subject and links the source to the thread', () => {
    expect(contentFromClip(clip)).toEqual({
      title: 'Re: Réunion budget 2026',
      note: '',
      source: {
        kind: 'gmail',
        url: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19cadd1b4075a3c1',
        title: 'Re: Réunion budget 2026',
        excerpt: 'Bonjour Claire,\n\nMerci',
        gmail: {
          threadId: '19cadd1b4075a3c1',
          messageId: '19cb92b4d627e6b2',
          account: 'claire.martin@example.fr',
          subject: 'Re: Réunion budget 2026',
          from: { name: 'Jean Dupont', email: 'jean.dupont@example.fr' },
          to: [{ name: 'moi', email: 'claire.martin@example.fr' }],
          date: 1_772_633_100_000,
          permalink: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19cadd1b4075a3c1',
          attachments: [{ name: 'Budget.xlsx', size: '48 Ko' }, { name: 'notes.txt' }],
        },
      },
    })
    expect(validContent(contentFromClip(clip))).toEqual(contentFromClip(clip))
  })

  it('caps the body at 20,000 characters and still validates', () => {
    const content = contentFromClip({ ...clip, body: 'x'.repeat(50_000) })
    expect(content.source.excerpt).toHaveLength(20_000)
    expect(content.source.excerpt?.endsWith('…')).toBe(true)
    expect(validContent(content)).not.toBeNull()
  })

  it('caps every other text to the schema, so a huge thread never gets rejected', () => {
    const long = (n: number) => 'a'.repeat(n)
    const content = contentFromClip({
      ...clip,
      subject: long(3000),
      from: { name: long(500), email: long(500) },
      to: [{ name: long(500), email: long(500) }],
      attachments: [{ name: long(900), size: long(90) }],
    })
    expect(content.title).toHaveLength(500)
    expect(content.source.title).toHaveLength(1000)
    expect(content.source.gmail?.subject).toHaveLength(1000)
    expect(content.source.gmail?.from.name).toHaveLength(200)
    expect(validContent(content)).not.toBeNull()
  })

  it('keeps a null date, and an unknown account as an empty string (the link uses the page path)', () => {
    const content = contentFromClip({ ...clip, date: null, account: null, permalink: clip.pathPermalink })
    expect(content.source.gmail?.date).toBeNull()
    expect(content.source.gmail?.account).toBe('')
    expect(content.source.url).toBe('https://mail.google.com/mail/u/1/#all/19cadd1b4075a3c1')
    expect(validContent(content)).not.toBeNull()
  })

  it('titles a message without subject by its sender', () => {
    expect(contentFromClip({ ...clip, subject: '' }).title).toBe('Jean Dupont')
  })
})

describe('fallbackContent', () => {
  const page = { url: 'https://mail.google.com/mail/u/0/#inbox', title: 'Inbox (3) - a@example.com - Gmail', selection: '' }

  it('clips the page: title and link', () => {
    expect(fallbackContent(page)).toEqual({
      title: 'Inbox (3) - a@example.com - Gmail',
      note: '',
      source: { kind: 'page', url: 'https://mail.google.com/mail/u/0/#inbox', title: 'Inbox (3) - a@example.com - Gmail' },
    })
  })

  it('clips the selection, titled by its first line', () => {
    expect(fallbackContent({ ...page, selection: 'Call the notary\nbefore Friday' })).toEqual({
      title: 'Call the notary',
      note: '',
      source: {
        kind: 'selection',
        url: 'https://mail.google.com/mail/u/0/#inbox',
        title: 'Inbox (3) - a@example.com - Gmail',
        excerpt: 'Call the notary\nbefore Friday',
      },
    })
  })

  it('falls back to the URL when the page has no title', () => {
    expect(fallbackContent({ ...page, title: '' }).title).toBe(page.url)
  })
})

describe('validContent', () => {
  it('rejects what the schema rejects', () => {
    expect(validContent({ title: 'x', note: '', source: { kind: 'fax' } })).toBeNull()
    expect(validContent({ title: 'x'.repeat(501), note: '', source: { kind: 'page' } })).toBeNull()
  })
})

describe('cap', () => {
  it('leaves short text alone and never splits an emoji', () => {
    expect(cap('abc', 3)).toBe('abc')
    expect(cap('abcd', 3)).toBe('ab…')
    expect(cap('a😀b', 3)).toBe('a…')
  })
})
