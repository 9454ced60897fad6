// @vitest-environment happy-dom
// The finders the content script uses to place buttons: same selectors as the extractor.
import { describe, expect, it } from 'vitest'
import {
  findMainToolbar,
  findMessageToolbar,
  findReplyButton,
  findSubject,
  findSubjectBar,
  findVisibleThread,
  findVisibleThreads,
  isExpanded,
  listExpandedMessages,
  listMessages,
  messageOf,
} from '../../../extension/gmail/extract'
import { byId, loadFixture, nth } from './load-fixture'

describe('findVisibleThread', () => {
  it('finds the one visible thread among stale hidden views', () => {
    loadFixture('stale-views-en.html')
    expect(document.querySelectorAll('h2.hP').length).toBe(3)
    const thread = findVisibleThread(document)
    expect(findVisibleThreads(document)).toEqual([thread])
    expect(thread?.classList.contains('a98')).toBe(true)
    expect(thread?.contains(byId('visible-message'))).toBe(true)
  })

  it('finds the reading pane thread next to the list', () => {
    loadFixture('reading-pane-en.html')
    const thread = findVisibleThread(document)
    expect(thread?.parentElement?.classList.contains('ao9')).toBe(true)
    expect(thread?.querySelector('tr.zA')).toBeNull()
  })

  it('finds nothing on a list without a thread', () => {
    loadFixture('real/inboxsdk__gmail-2014-12-18__inbox-list.html')
    expect(findVisibleThreads(document)).toEqual([])
    expect(findVisibleThread(document)).toBeNull()
  })
})

describe('messages of a thread', () => {
  it('lists shown messages in order, collapsed ones included, the older-messages stub not', () => {
    loadFixture('thread-many-fr.html')
    const thread = findVisibleThread(document)
    if (!thread) throw new Error('no thread')
    const messages = listMessages(thread)
    expect(messages.map((m) => m.className)).toEqual(['adf ads', 'adn ads', 'adn ads'])
    expect(messages.map(isExpanded)).toEqual([false, true, true])
    expect(listExpandedMessages(thread).map((m) => m.getAttribute('data-legacy-message-id'))).toEqual([
      '19cb4892af90c3f7',
      '19cb92b4d627e6b2',
    ])
  })

  it('finds a message without list wrappers (conversation view off)', () => {
    loadFixture('conversation-view-off-en.html')
    const thread = findVisibleThread(document)
    if (!thread) throw new Error('no thread')
    expect(listExpandedMessages(thread).map((m) => m.getAttribute('data-legacy-message-id'))).toEqual(['197c6277b2e22222'])
  })

  it('maps any element inside a message to that message', () => {
    loadFixture('thread-many-fr.html')
    const thread = findVisibleThread(document)
    if (!thread) throw new Error('no thread')
    const m5 = nth('div.adn', 1)
    expect(messageOf(nth('div.aaq', 1), thread)).toBe(m5)
    expect(messageOf(m5, thread)).toBe(m5)
    expect(messageOf(nth('.bHJ', 0), thread)).toBeNull()
  })
})

describe('where buttons go', () => {
  it('finds the subject, the subject bar and, per message, the cell beside Reply (icons)', () => {
    loadFixture('thread-single-en-attachments.html')
    const thread = findVisibleThread(document)
    if (!thread) throw new Error('no thread')
    expect(findSubject(thread)?.getAttribute('data-legacy-thread-id')).toBe('198c6747aabb71a9')
    expect(findSubjectBar(thread)?.className).toBe('bHJ')
    const message = nth('div.adn', 0)
    expect(findMessageToolbar(message)?.matches('td.gH.acX')).toBe(true)
    expect(findReplyButton(message)?.classList.contains('aaq')).toBe(true)
  })

  it('finds the main toolbar above the view', () => {
    loadFixture('thread-text-labels-en.html')
    expect(findMainToolbar(document)?.getAttribute('gh')).toBe('mtb')
  })

  it('finds Reply in text-label mode (.bsQ)', () => {
    loadFixture('thread-text-labels-en.html')
    const message = nth('div.adn', 1)
    expect(findReplyButton(message)?.classList.contains('bsQ')).toBe(true)
    expect(findMessageToolbar(message)?.matches('td.gH.acX')).toBe(true)
  })

  it("falls back to Reply's parent when the toolbar cell changes class", () => {
    loadFixture('thread-text-labels-en.html')
    const message = nth('div.adn', 1)
    const cell = nth('td.acX', 1)
    cell.className = 'gH zz'
    expect(findMessageToolbar(message)).toBe(cell)
  })

  it('falls back to the subject heading row when the subject bar is gone', () => {
    loadFixture('thread-single-en-attachments.html')
    for (const el of document.querySelectorAll('.bHJ, .V8djrc')) el.classList.remove('bHJ', 'V8djrc')
    const thread = findVisibleThread(document)
    if (!thread) throw new Error('no thread')
    expect(findSubjectBar(thread)?.className).toBe('ha')
  })
})
