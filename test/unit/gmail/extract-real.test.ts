// @vitest-environment happy-dom
// Real Gmail messages (body markup and field values from public test data, see
// fixtures/real/SOURCES.md), every field checked. Bodies were read off the markup by hand: what
// Gmail shows before "…" is clicked, without the quoted history, with the author's layout.
import { describe, expect, it } from 'vitest'
import { extractGmailClip } from '../../../extension/gmail/extract'
import { loadFixture } from './load-fixture'

const URL = 'https://mail.google.com/mail/u/0/#inbox'
// The fixtures' date labels are the real send time written in UTC; Gmail labels are local time.
const labelTime = (utcMs: number): number => {
  const d = new Date(utcMs)
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()).getTime()
}
const links = (account: string, id: string) => ({
  permalink: `https://mail.google.com/mail/u/${account}/#all/${id}`,
  pathPermalink: `https://mail.google.com/mail/u/0/#all/${id}`,
})
const clip = (name: string) => extractGmailClip(loadFixture(`real/${name}`), URL)

describe('real captures (InboxSDK 2018, 2023, 2025; gmail.js 2022)', () => {
  it('2018-01: a first message whose signature is a table (m_-prefixed gmail_signature), French labels', () => {
    expect(clip('inboxsdk-2018-01-signature-table.html')).toEqual({
      subject: '[sheets-importer-feedback] Any way to import email filters ?',
      from: { name: 'Dana Brunet', email: 'dana@customer.example' },
      to: [{ name: 'importer-feedback@vendor.example', email: 'importer-feedback@vendor.example' }],
      date: labelTime(1515768015000),
      threadId: '160ead0eedc0a679',
      messageId: '160ead0eedc0a679',
      account: 'dana@customer.example',
      ...links('dana@customer.example', '160ead0eedc0a679'),
      // The signature's place is layout: it stays. The streak tracking mark (white, 1px) does not.
      body: 'Thank you.\n\nDana Brunet\nHead of Acquisition & Growth Hacker\n\nm. +00 0 00 00 00 00\nVoir mon profil\nw. www.customer.example',
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2018-02: a reply whose history and repeated sign-off Gmail trims (HOEnZb, ajR, h5, gmail_extra)', () => {
    expect(clip('inboxsdk-2018-02-reply-trimmed.html')).toEqual({
      subject: 'Re: [sheets-importer-feedback] Any way to import email filters ?',
      from: { name: 'Andy Stone', email: 'andy@vendor.example' },
      to: [
        { name: 'Dana Brunet', email: 'dana@customer.example' },
        { name: 'Alan Marsh', email: 'alan@vendor.example' },
        { name: 'Streak Sheets Importer Feedback', email: 'importer-feedback@vendor.example' },
      ],
      date: labelTime(1519432072000),
      threadId: '160ead0eedc0a679',
      messageId: '161c535d6934d7c0',
      account: 'dana@customer.example',
      ...links('dana@customer.example', '160ead0eedc0a679'),
      body:
        "Hi Dana - Just wanted to follow up before the end of the week. Yes, we've made some additional changes that will " +
        "improve the speed of the importer. We'll have more details next week, but did want to confirm we haven't forgotten " +
        "and we're still working.\n\nHave a great weekend!",
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2018-02: a one-line reply over seven levels of m_-prefixed history', () => {
    expect(clip('inboxsdk-2018-02-deep-history.html')).toEqual({
      subject: 'Re: [sheets-importer-feedback] Unspecified error is preventing import!',
      from: { name: 'Alan Marsh', email: 'alan@vendor.example' },
      to: [
        { name: 'Andy Stone', email: 'andy@vendor.example' },
        { name: 'Hugo Ward', email: 'hugo@vendor.example' },
        { name: 'Streak Sheets Importer Feedback', email: 'importer-feedback@vendor.example' },
      ],
      date: labelTime(1519690629000),
      threadId: '1619be4d87a1bfe5',
      messageId: '161d49f1cce83d66',
      account: 'hugo@vendor.example',
      ...links('hugo@vendor.example', '1619be4d87a1bfe5'),
      body: "Perf improvements won't go out for at least a week and probably two.",
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2018-02: a new thread with underlined text, bold and pasted images (no cards)', () => {
    expect(clip('inboxsdk-2018-02-new-thread-inline-images.html')).toEqual({
      subject: 'export error when box name is a number',
      from: { name: 'Ada Salas', email: 'ada@vendor.example' },
      to: [{ name: 'eng', email: 'eng@vendor.example' }],
      date: labelTime(1519672245000),
      threadId: '161d386e20557008',
      messageId: '161d386e20557008',
      account: 'eng@vendor.example',
      ...links('eng@vendor.example', '161d386e20557008'),
      body:
        'When exported the number is appended and 0 is removed from the string.\n\nto repro -\n\n' +
        "create boxes with a number in the Name column. Start with 0's ---\n\n" +
        'Export all, Box, Contact, & Organization data\n\n' +
        'When importing the data back into Streak (in the event you are creating contacts with columns exported, NEW boxes ' +
        'are created because the box names are NOT the same / creates new boxes).\n\n' +
        `example pipeline - ${'X'.repeat(82)}\n\n` +
        `example sheet -\nhttps://docs.google.com/spreadsheets/d/${'X'.repeat(44)}/edit#gid=1803481062`,
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2018-02: a short reply above a quoted message that has its own signature', () => {
    expect(clip('inboxsdk-2018-02-reply-short.html')).toEqual({
      subject: 'Re: export error when box name is a number',
      from: { name: 'Hugo Ward', email: 'hugo@vendor.example' },
      to: [
        { name: 'Ada Salas', email: 'ada@vendor.example' },
        { name: 'eng', email: 'eng@vendor.example' },
      ],
      date: labelTime(1519675236000),
      threadId: '161d386e20557008',
      messageId: '161d3b4113362e43',
      account: 'eng@vendor.example',
      ...links('eng@vendor.example', '161d386e20557008'),
      body: 'Thanks for filing this!',
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2022-09: a Thunderbird mail in Norwegian whose body is a signature only (gmail.js data)', () => {
    expect(clip('gmailjs-2022-09-signature-only-no.html')).toEqual({
      subject: 'Test email 4',
      from: { name: 'Jon Kirkeby', email: 'jon@secure.post.example' },
      to: [{ name: 'Jon Kirkeby', email: 'jon.kirkeby@mail.example' }],
      date: labelTime(1663052536832),
      threadId: '18335a7dcae04a59',
      messageId: '18335a7dcae04a59',
      account: 'jon.kirkeby@mail.example',
      ...links('jon.kirkeby@mail.example', '18335a7dcae04a59'),
      body: '--\nVennlig hilsen\nJon Kirkeby\n\njon@post.example 🍵 jon.kirkeby@mail.example\nhttps://jon.post.example',
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2023-01: a reply just sent from the web client, with local ids only, links by the URL token', () => {
    expect(clip('inboxsdk-2023-01-just-sent-reply.html')).toEqual({
      subject: 'Re: test_subject',
      from: { name: 'Test Test', email: 'test@mail.example' },
      to: [{ name: 'Test Test', email: 'test+to@mail.example' }],
      date: labelTime(1673983701144),
      threadId: 'thread-a:r-2602384757092328293',
      messageId: 'msg-a:r9206449609684993976',
      account: 'test@mail.example',
      // The token Gmail uses in its own URLs for a thread-a id (base64 of `a:r…` in its alphabet).
      ...links('test@mail.example', 'QgrcJHrnwfzJtKHkHzGkNbndnMtlbBtsbgQ'),
      body: 'b2',
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2025-11: a message with a pasted screenshot and gmail_default text', () => {
    expect(clip('inboxsdk-2025-11-inline-image.html')).toEqual({
      subject: '"New pipeline" is biggest call to action on Streak Home view',
      from: { name: 'Blair Knox', email: 'blair@vendor.example' },
      to: [{ name: 'eng', email: 'eng@vendor.example' }],
      date: labelTime(1763588795000),
      threadId: '19a9e15b7a82dc3c',
      messageId: '19a9e15b7a82dc3c',
      account: 'chris@vendor.example',
      ...links('chris@vendor.example', '19a9e15b7a82dc3c'),
      body:
        'Given that we always have to encourage users to just use a small number of pipelines rather than creating a ' +
        'brand new pipeline for everything, should "New pipeline" be featured so prominently?',
      bodySource: 'message',
      attachments: [],
    })
  })

  it('2025-11: a reply whose history sits behind the server-side "§" toggle (span#q_…, hidden e_… block)', () => {
    expect(clip('inboxsdk-2025-11-reply-elided.html')).toEqual({
      subject: 'Re: "New pipeline" is biggest call to action on Streak Home view',
      from: { name: 'Chris Cole', email: 'chris@vendor.example' },
      to: [
        { name: 'Chris Cole', email: 'chris@vendor.example' },
        { name: 'chris+1@vendor.example', email: 'chris+1@vendor.example' },
        { name: 'Nick Test', email: 'nick@vendor.example' },
        { name: 'Nick Test', email: 'nick@sdk.example' },
      ],
      date: labelTime(1763677855000),
      threadId: '19a9e15b7a82dc3c',
      messageId: '19aa36463ba805f6',
      account: 'chris@vendor.example',
      ...links('chris@vendor.example', '19a9e15b7a82dc3c'),
      body: 'more test email',
      bodySource: 'message',
      attachments: [],
    })
  })
})
