// @vitest-environment happy-dom
// History versus layout, and what a clip says when a field cannot be read. Built on the French
// forward skeleton, with the body replaced by the shapes Gmail writes (see docs/GMAIL.md).
import { describe, expect, it } from 'vitest'
import { extractGmailClip } from '../../../extension/gmail/extract'
import { loadFixture, nth } from './load-fixture'

const URL = 'https://mail.google.com/mail/u/claire.martin@example.fr/#inbox'
const INDENT = '<blockquote style="margin:0 0 0 40px;border:none;padding:0px">'
const QUOTE = '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'

/** Loads the skeleton with `html` as the message body (a test string, never page data). */
function withBody(html: string): Document {
  loadFixture('thread-forward-fr.html')
  const body = nth('div.a3s', 0)
  body.replaceChildren(document.createRange().createContextualFragment(html))
  return document
}

describe('history and layout', () => {
  it('keeps a forward whose text uses Indent (the issue-17 case), with its header block', () => {
    withBody(`<div dir="ltr">FW pour suite à donner<br><br><div class="gmail_quote gmail_quote_container">
      <div dir="ltr" class="gmail_attr">---------- Message transféré ---------<br>De&nbsp;: Bâtiment Pro &lt;devis@batiment.example&gt;<br>
      Date: lun. 9 févr. 2026<br>Subject: Facture<br>To: &lt;jean.dupont@example.fr&gt;<br></div><br><br>
      <div dir="ltr">Bonjour,<div>${INDENT}<div>Montant : 12 400 € HT</div><div>Échéance : 30 jours</div></blockquote></div>
      <div>Cordialement</div></div></div></div>`)
    expect(extractGmailClip(document, URL)?.body).toBe(
      'FW pour suite à donner\n\n---------- Message transféré ---------\n' +
        'De : Bâtiment Pro <devis@batiment.example>\nDate: lun. 9 févr. 2026\nSubject: Facture\nTo: <jean.dupont@example.fr>\n\n' +
        'Bonjour,\nMontant : 12 400 € HT\nÉchéance : 30 jours\nCordialement',
    )
  })

  it('keeps a forward inside a forward and cuts the reply history the inner one quotes', () => {
    withBody(`<div>Voir ci-dessous</div><div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>From: A</div>
      <div>Premier transfert<div class="gmail_quote"><div class="gmail_attr">---------- Forwarded message ---------<br>From: B</div>
      <div>Texte d’origine</div><div class="gmail_quote"><div class="gmail_attr">On Mon, B wrote:</div>${QUOTE}vieux fil</blockquote></div>
      </div></div></div>`)
    expect(extractGmailClip(document, URL)?.body).toBe(
      'Voir ci-dessous\n---------- Forwarded message ---------\nFrom: A\n' +
        'Premier transfert\n---------- Forwarded message ---------\nFrom: B\nTexte d’origine',
    )
  })

  it('cuts a reply (gmail_attr "a écrit", bordered blockquote) and keeps the author’s indent above it', () => {
    withBody(`<div dir="ltr">D’accord pour :${INDENT}<div>jeudi 14 h</div></blockquote><div>Jean</div></div><br>
      <div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Le mar. 3 mars 2026, Marie a écrit&nbsp;:<br></div>
      ${QUOTE}<div>Quand êtes-vous libre ?</div></blockquote></div>`)
    expect(extractGmailClip(document, URL)?.body).toBe('D’accord pour :\njeudi 14 h\nJean')
  })

  it('cuts history in other clients’ markup: m_-prefixed classes, Apple Mail cite', () => {
    withBody(`<div>Merci</div><div class="m_123gmail_quote"><div class="m_123gmail_attr">On Mon wrote:</div>
      <blockquote class="m_123gmail_quote" style="border-left:1px #ccc solid">old</blockquote></div>
      <blockquote type="cite"><div>older</div></blockquote>`)
    expect(extractGmailClip(document, URL)?.body).toBe('Merci')
  })

  it('keeps the whole text when cutting would leave nothing (a reply typed inside the quote)', () => {
    withBody(`<div class="gmail_quote"><div class="gmail_attr">On Mon, Bob wrote:</div>${QUOTE}Can you come?</blockquote></div>`)
    const clip = extractGmailClip(document, URL)
    expect(clip?.body).toBe('On Mon, Bob wrote:\nCan you come?')
    expect(clip?.bodySource).toBe('whole')
    expect(clip?.unread).toBeUndefined()
  })
})

describe('never a silent empty clip', () => {
  it('falls back to the message’s visible text when Gmail renamed the body, and says so', () => {
    loadFixture('thread-forward-fr.html')
    for (const el of document.querySelectorAll('.ii.gt, .a3s')) el.className = 'renamed'
    const clip = extractGmailClip(document, URL)
    expect(clip?.bodySource).toBe('fallback')
    expect(clip?.unread).toEqual(['body'])
    expect(clip?.body).toContain('Pour info, à traiter avant vendredi.')
    // The header rows (sender, date) are not body text.
    expect(clip?.body).not.toContain('09:31')
  })

  it('takes the subject from the tab title when the heading reads empty, and says so', () => {
    loadFixture('thread-forward-fr.html')
    nth('h2.hP', 0).textContent = ''
    const clip = extractGmailClip(document, URL)
    expect(clip?.subject).toBe('Fwd: Devis rénovation bureaux')
    expect(clip?.unread).toEqual(['subject'])
  })

  it('reports the date and recipients it could not read', () => {
    loadFixture('thread-forward-fr.html')
    document.documentElement.setAttribute('lang', 'fr')
    nth('span.g3', 0).setAttribute('title', 'hier')
    for (const el of document.querySelectorAll('[data-legacy-message-id], [data-message-id]')) {
      el.setAttribute('data-message-id', '#msg-a:r123')
      el.removeAttribute('data-legacy-message-id')
    }
    nth('div.ii.gt', 0).removeAttribute('jslog')
    nth('span.g2', 0).removeAttribute('email')
    const clip = extractGmailClip(document, URL)
    expect(clip?.date).toBeNull()
    expect(clip?.unread).toEqual(['date', 'to'])
  })
})
