// @vitest-environment happy-dom
// The user's selection replaces the body only when it lies inside the clipped message.
import { describe, expect, it } from 'vitest'
import { extractGmailClip } from '../../../extension/gmail/extract'
import { loadFixture, nth } from './load-fixture'

const URL = 'https://mail.google.com/mail/u/1/#inbox'

/** Selects from the start of `from`'s first text to `endOffset` in `to`'s first text. */
function select(from: Element, to: Element, endOffset: number): void {
  const start = textIn(from)
  const end = textIn(to)
  const range = document.createRange()
  range.setStart(start, 0)
  range.setEnd(end, endOffset)
  const selection = document.getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

function textIn(el: Element): Text {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.data.trim() !== '') return node
  }
  throw new Error('no text')
}

const m4Line = (): Element => nth('div.adn', 0).querySelectorAll('.a3s div[dir=ltr] > div')[2] ?? fail()
const m5Line = (n: number): Element => nth('div.adn', 1).querySelectorAll('.a3s div[dir=ltr] > div')[n] ?? fail()
const fail = (): never => {
  throw new Error('fixture changed')
}

describe('selection', () => {
  it('clips the selected words of the last message instead of its body', () => {
    loadFixture('thread-many-fr.html')
    select(m5Line(2), m5Line(3), 7)
    const clip = extractGmailClip(document, URL)
    expect(clip?.messageId).toBe('19cb92b4d627e6b2')
    expect(clip?.bodySource).toBe('selection')
    expect(clip?.body).toBe('Les priorités validées : recrutement, refonte du site, formation.\nPeux-tu')
  })

  it('ignores a selection in another message, and uses it when that message is the target', () => {
    loadFixture('thread-many-fr.html')
    select(m4Line(), m4Line(), 9)
    const latest = extractGmailClip(document, URL)
    expect(latest?.bodySource).toBe('message')
    expect(latest?.body.startsWith('Bonjour Claire,')).toBe(true)
    const targeted = extractGmailClip(document, URL, nth('div.adn', 0))
    expect(targeted?.bodySource).toBe('selection')
    expect(targeted?.body).toBe('Voici la')
  })

  it('ignores a selection that runs across two messages', () => {
    loadFixture('thread-many-fr.html')
    select(m4Line(), m5Line(2), 3)
    expect(extractGmailClip(document, URL)?.bodySource).toBe('message')
    expect(extractGmailClip(document, URL, nth('div.adn', 0))?.bodySource).toBe('message')
  })

  it('ignores a selection in the subject and a collapsed (caret) selection', () => {
    loadFixture('thread-many-fr.html')
    const subject = nth('h2.hP', 0)
    select(subject, subject, 5)
    expect(extractGmailClip(document, URL)?.bodySource).toBe('message')
    select(m5Line(2), m5Line(2), 0)
    expect(document.getSelection()?.isCollapsed).toBe(true)
    expect(extractGmailClip(document, URL)?.bodySource).toBe('message')
  })

  it('takes a selection inside quoted history too: the user chose it', () => {
    loadFixture('thread-fresh-reply-en.html')
    const quote = nth('blockquote.gmail_quote', 0)
    select(quote, quote, 20)
    const clip = extractGmailClip(document, URL)
    expect(clip?.bodySource).toBe('selection')
    expect(clip?.body).toBe('Hi Alice, the board')
  })
})
