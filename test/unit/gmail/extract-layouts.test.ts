// @vitest-environment happy-dom
// One full clip per layout, every field checked. Expected values were read off the fixtures by
// hand: ids from the comments at the top of each fixture, dates from the `span.g3[title]` label
// as local time (Gmail shows local time, so the test builds the same local date).
import { describe, expect, it } from 'vitest'
import { extractGmailClip } from '../../../extension/gmail/extract'
import { loadFixture, nth } from './load-fixture'

describe('single message, English, attachments, stale view present', () => {
  it('clips the message with its attachments and a link by address', () => {
    const doc = loadFixture('thread-single-en-attachments.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpKmXnVgjxCqmlckGCzvLvdNt')).toEqual({
      subject: 'Quarterly invoice 📎',
      from: { name: 'Bob Vendor', email: 'bob@vendor.example' },
      to: [{ name: 'me', email: 'alice@example.com' }],
      date: new Date(2025, 7, 20, 7, 49).getTime(),
      threadId: '198c6747aabb71a9',
      messageId: '198c6747aabb71a9',
      account: 'alice@example.com',
      permalink: 'https://mail.google.com/mail/u/alice@example.com/#all/198c6747aabb71a9',
      pathPermalink: 'https://mail.google.com/mail/u/0/#all/198c6747aabb71a9',
      // The display:none preheader is left out; the visible signature is the sender's own text.
      body: 'Hi Alice,\n\nPlease find the Q3 invoice attached. Payment is due on September 30.\n\n--\nBob',
      bodySource: 'message',
      attachments: [
        { name: 'invoice-Q3.pdf', size: '84 KB' },
        { name: 'line items.csv', size: '2 KB' },
      ],
    })
  })
})

describe('French UI, /u/1, five messages (two behind the stub, one collapsed, two expanded)', () => {
  const url = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQfCDRrrckfttWTsVSpnZNgjQzp'

  it('clips the last expanded message by default, without quote or trimmed signature', () => {
    const doc = loadFixture('thread-many-fr.html')
    expect(extractGmailClip(doc, url)).toEqual({
      subject: 'Re: Réunion budget 2026',
      from: { name: 'Jean Dupont', email: 'jean.dupont@example.fr' },
      // "moi" is Gmail's French label for the account itself; the repeated address is dropped.
      to: [
        { name: 'moi', email: 'claire.martin@example.fr' },
        { name: 'Marie-Hélène Leclerc', email: 'marie-helene.leclerc@example.fr' },
      ],
      date: new Date(2026, 2, 4, 15, 5).getTime(),
      threadId: '19cadd1b4075a3c1',
      messageId: '19cb92b4d627e6b2',
      account: 'claire.martin@example.fr',
      permalink: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19cadd1b4075a3c1',
      pathPermalink: 'https://mail.google.com/mail/u/1/#all/19cadd1b4075a3c1',
      body:
        'Bonjour Claire,\n\nLes priorités validées : recrutement, refonte du site, formation.\n' +
        'Peux-tu bloquer jeudi 14 h avec Marie-Hélène ?\n\nMerci 🙏\n\nJean',
      bodySource: 'message',
      attachments: [],
    })
  })

  it('clips the earlier expanded message when its button is the target', () => {
    loadFixture('thread-many-fr.html')
    const replyOfM4 = nth('div.aaq', 0)
    expect(extractGmailClip(document, url, replyOfM4)).toEqual({
      subject: 'Re: Réunion budget 2026',
      from: { name: 'Marie-Hélène Leclerc', email: 'marie-helene.leclerc@example.fr' },
      to: [
        { name: 'Jean Dupont', email: 'jean.dupont@example.fr' },
        { name: 'moi', email: 'claire.martin@example.fr' },
      ],
      date: new Date(2026, 2, 3, 17, 30).getTime(),
      threadId: '19cadd1b4075a3c1',
      messageId: '19cb4892af90c3f7',
      account: 'claire.martin@example.fr',
      permalink: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19cadd1b4075a3c1',
      pathPermalink: 'https://mail.google.com/mail/u/1/#all/19cadd1b4075a3c1',
      body:
        'Bonjour à tous,\n\nVoici la version 3 du budget, avec le planning du deuxième trimestre.\n\n' +
        'Marie-Hélène Leclerc\nContrôle de gestion',
      bodySource: 'message',
      attachments: [
        { name: 'Budget 2026 v3.xlsx', size: '48 Ko' },
        { name: 'Planning T2.pdf', size: '1,2 Mo' },
      ],
    })
  })

  it('takes the message element itself as target too', () => {
    loadFixture('thread-many-fr.html')
    expect(extractGmailClip(document, url, nth('div.adn', 0))?.messageId).toBe('19cb4892af90c3f7')
    expect(extractGmailClip(document, url, nth('div.adn', 1))?.messageId).toBe('19cb92b4d627e6b2')
  })

  it('uses the last expanded message when the target is the subject bar', () => {
    loadFixture('thread-many-fr.html')
    expect(extractGmailClip(document, url, nth('.bHJ', 0))?.messageId).toBe('19cb92b4d627e6b2')
  })
})

describe('fresh reply without a legacy id, account named by address in the URL', () => {
  const url = 'https://mail.google.com/mail/u/alice@example.com/#inbox/FMfcgzQcpdjrwKdVRtGTnfWmvSlhDlCT'

  it('clips the fresh reply with its msg-a id and the date from the label', () => {
    const doc = loadFixture('thread-fresh-reply-en.html')
    expect(extractGmailClip(doc, url)).toEqual({
      subject: 'Board pack review',
      from: { name: 'Alice Martin', email: 'alice@example.com' },
      to: [{ name: 'Bob Vendor', email: 'bob@vendor.example' }],
      // Label "Thu, Sep 4, 2025, 6:02<U+202F>PM": Chrome's narrow space before PM.
      date: new Date(2025, 8, 4, 18, 2).getTime(),
      threadId: '199159978b813579',
      messageId: 'msg-a:r-4437691956637862407',
      account: 'alice@example.com',
      permalink: 'https://mail.google.com/mail/u/alice@example.com/#all/199159978b813579',
      pathPermalink: 'https://mail.google.com/mail/u/alice@example.com/#all/199159978b813579',
      body: "Thanks Bob, I'll review it tonight and send comments by Friday.",
      bodySource: 'message',
      attachments: [],
    })
  })

  it('clips the synced message above it when targeted', () => {
    loadFixture('thread-fresh-reply-en.html')
    expect(extractGmailClip(document, url, nth('div.aaq', 0))).toEqual({
      subject: 'Board pack review',
      from: { name: 'Bob Vendor', email: 'bob@vendor.example' },
      to: [{ name: 'me', email: 'alice@example.com' }],
      date: new Date(2025, 8, 4, 17, 40).getTime(),
      threadId: '199159978b813579',
      messageId: '199159978b813579',
      account: 'alice@example.com',
      permalink: 'https://mail.google.com/mail/u/alice@example.com/#all/199159978b813579',
      pathPermalink: 'https://mail.google.com/mail/u/alice@example.com/#all/199159978b813579',
      body: 'Hi Alice, the board pack is attached for your review.',
      bodySource: 'message',
      attachments: [{ name: 'Board pack Sept.pdf', size: '1.4 MB' }],
    })
  })

  it('accepts the address percent-encoded in the URL', () => {
    loadFixture('thread-fresh-reply-en.html')
    document.title = 'Board pack review - Gmail'
    const clip = extractGmailClip(document, 'https://mail.google.com/mail/u/alice%40example.com/#inbox')
    expect(clip?.account).toBe('alice@example.com')
    expect(clip?.permalink).toBe('https://mail.google.com/mail/u/alice@example.com/#all/199159978b813579')
  })
})

describe('reading pane (inbox list with the thread beside it)', () => {
  it('clips the thread in the pane, not the list rows', () => {
    const doc = loadFixture('reading-pane-en.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/0/#inbox')).toEqual({
      subject: 'Re: Réunion budget 2026',
      from: { name: 'Marie-Hélène Leclerc', email: 'marie-helene.leclerc@example.fr' },
      // The skeleton's message has no recipient line: nothing is invented.
      to: [],
      date: new Date(2026, 2, 4, 14, 5).getTime(),
      threadId: '198c8bbef77e8001',
      messageId: '198c8bbef7806240',
      account: 'alice@example.com',
      permalink: 'https://mail.google.com/mail/u/alice@example.com/#all/198c8bbef77e8001',
      pathPermalink: 'https://mail.google.com/mail/u/0/#all/198c8bbef77e8001',
      body: 'Bonjour Claire, les priorités validées : recrutement, refonte du site, formation.',
      bodySource: 'message',
      attachments: [],
    })
  })
})

describe('text-label toolbar, UK English, To and Cc, Thunderbird quote, name only in download_url', () => {
  it('clips the latest message', () => {
    const doc = loadFixture('thread-text-labels-en.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqlDgQBRZDhdBNFkZcGjpgrpl')).toEqual({
      subject: 'Contract renewal',
      from: { name: 'Evan Legal', email: 'evan@legal.example' },
      to: [
        { name: 'me', email: 'alice@example.com' },
        { name: 'Dana Ops', email: 'dana@ops.example' },
      ],
      date: new Date(2025, 10, 13, 9, 3).getTime(),
      threadId: '19a779012942468a',
      messageId: '19a7c74cf19abcde',
      account: 'alice@example.com',
      permalink: 'https://mail.google.com/mail/u/alice@example.com/#all/19a779012942468a',
      pathPermalink: 'https://mail.google.com/mail/u/0/#all/19a779012942468a',
      body: 'Alice,\n\nTwo points before we sign:\nthe notice period (clause 7)\nthe liability cap\nRegards,\nEvan',
      bodySource: 'message',
      attachments: [{ name: 'Contract v2: redlined.pdf', size: '230 KB' }],
    })
  })

  it('clips the first message from its text-label Reply button', () => {
    loadFixture('thread-text-labels-en.html')
    const clip = extractGmailClip(document, 'https://mail.google.com/mail/u/0/#inbox', nth('div.bsQ', 0))
    expect(clip?.messageId).toBe('19a779012942468a')
    expect(clip?.from).toEqual({ name: 'Dana Ops', email: 'dana@ops.example' })
    expect(clip?.date).toBe(new Date(2025, 10, 12, 10, 15).getTime())
    expect(clip?.body).toBe('Please review the attached contract.')
  })
})

describe('conversation view off', () => {
  it('links to the thread named by the subject, not to the message token in the URL', () => {
    const doc = loadFixture('conversation-view-off-en.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQbfxhlFZfCPvtGhlbVPgcXKnPB')).toEqual({
      subject: 'Re: Office move',
      from: { name: 'Facilities Team', email: 'facilities@example.org' },
      to: [{ name: 'me', email: 'alice.work@example.org' }],
      date: new Date(2025, 6, 1, 15, 22).getTime(),
      threadId: '197bfd9cee011111',
      messageId: '197c6277b2e22222',
      account: 'alice.work@example.org',
      permalink: 'https://mail.google.com/mail/u/alice.work@example.org/#all/197bfd9cee011111',
      pathPermalink: 'https://mail.google.com/mail/u/1/#all/197bfd9cee011111',
      body: 'The movers arrive on Monday at 8 am.\n\nPlease label your boxes with your desk number.',
      bodySource: 'message',
      attachments: [],
    })
  })
})

describe('stale hidden thread views after the visible one', () => {
  it('clips only the visible thread', () => {
    const doc = loadFixture('stale-views-en.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcpwwMGqBlzxWkJlrHLTKDZBjq')).toEqual({
      subject: 'Q4 forecast',
      from: { name: 'Gina Finance', email: 'gina@finance.example' },
      to: [{ name: 'me', email: 'alice@example.com' }],
      date: new Date(2025, 9, 2, 15, 45).getTime(),
      threadId: '199a599486a44444',
      messageId: '199a599486a44444',
      account: 'alice@example.com',
      permalink: 'https://mail.google.com/mail/u/alice@example.com/#all/199a599486a44444',
      pathPermalink: 'https://mail.google.com/mail/u/0/#all/199a599486a44444',
      body: 'The Q4 forecast is ready for your sign-off.',
      bodySource: 'message',
      attachments: [],
    })
  })
})

describe('forwarded message, French UI', () => {
  it('keeps the forwarded mail, drops the reply history inside it', () => {
    const doc = loadFixture('thread-forward-fr.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/claire.martin@example.fr/#inbox')).toEqual({
      subject: 'Fwd: Devis rénovation bureaux',
      from: { name: 'Jean Dupont', email: 'jean.dupont@example.fr' },
      to: [{ name: 'moi', email: 'claire.martin@example.fr' }],
      date: new Date(2026, 1, 10, 9, 31).getTime(),
      threadId: '19c46acf2046d2e1',
      messageId: '19c46acf2046d2e1',
      account: 'claire.martin@example.fr',
      permalink: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19c46acf2046d2e1',
      pathPermalink: 'https://mail.google.com/mail/u/claire.martin@example.fr/#all/19c46acf2046d2e1',
      body:
        'Pour info, à traiter avant vendredi.\n\n' +
        '---------- Forwarded message ---------\n' +
        'De : Bâtiment Pro <devis@batiment.example>\n' +
        'Date: lun. 9 févr. 2026 à 18:12\n' +
        'Subject: Devis rénovation bureaux\n' +
        'To: <jean.dupont@example.fr>\n\n' +
        'Bonjour,\n\nCi-joint notre devis : 12 400 € HT, travaux en mars.',
      bodySource: 'message',
      attachments: [{ name: 'Devis-2026-014.pdf', size: '212 Ko' }],
    })
  })
})

describe('delegated mailbox, UI language we do not parse', () => {
  const expected = {
    subject: 'Reise nach Lyon',
    from: { name: 'Agence Voyages', email: 'travel@agency.example' },
    to: [{ name: 'CEO Example', email: 'ceo@example.com' }],
    // German label: not parsed; the time comes from the id (2026-01-15T08:20:30.123Z).
    date: Date.UTC(2026, 0, 15, 8, 20, 30, 123),
    threadId: '19bc0bde92b55555',
    messageId: '19bc0bde92b55555',
    // The mailbox on screen (tab title), not the assistant signed in (account button).
    account: 'ceo@example.com',
    body: 'Votre billet Paris – Lyon du 22 janvier est confirmé.',
    bodySource: 'message',
    attachments: [],
  }

  it('keeps the /u/N/d/<id>/ path in both links', () => {
    const doc = loadFixture('delegated-en.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/u/0/d/AEoRXRTx3kq9/#inbox/FMfcgzQfBQDdvXvfzchhmdsxjkWlplSF')).toEqual({
      ...expected,
      permalink: 'https://mail.google.com/mail/u/0/d/AEoRXRTx3kq9/#all/19bc0bde92b55555',
      pathPermalink: 'https://mail.google.com/mail/u/0/d/AEoRXRTx3kq9/#all/19bc0bde92b55555',
    })
  })

  it('keeps the /b/<id>/u/N/ path in both links', () => {
    const doc = loadFixture('delegated-en.html')
    expect(extractGmailClip(doc, 'https://mail.google.com/mail/b/AEoRXRTx3kq9/u/0/#inbox')).toEqual({
      ...expected,
      permalink: 'https://mail.google.com/mail/b/AEoRXRTx3kq9/u/0/#all/19bc0bde92b55555',
      pathPermalink: 'https://mail.google.com/mail/b/AEoRXRTx3kq9/u/0/#all/19bc0bde92b55555',
    })
  })
})
