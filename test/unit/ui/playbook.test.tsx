// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import { ItemDetail } from '../../../extension/ui/item/ItemDetail'
import { parsePlaybook } from '../../../extension/ui/playbook/playbook-format'
import { PlaybookText } from '../../../extension/ui/playbook/PlaybookText'
import { closeDatabase, freshDatabase, item, member, mount, waitFor, workspace } from './helpers'

const HOSTILE = [
  '<img src=x onerror="alert(1)">Bonjour',
  '- <script>alert(document.cookie)</script>',
  '- **<a href="javascript:alert(1)">payer</a>**',
  '',
  '<iframe srcdoc="<b>x</b>"></iframe> &amp; &lt;b&gt; **<b onclick=steal()>gras</b>**',
  '** unclosed <svg onload=alert(1)>',
].join('\n')

describe('playbook formatting', () => {
  it('parses paragraphs, bullets and bold, leaving everything else as typed', () => {
    expect(parsePlaybook('Qui appeler :\nle **cabinet**\n\n- Factures : **Sophie**\n- Signature : moi\nFin ** ici')).toEqual([
      {
        kind: 'paragraph',
        lines: [
          [{ bold: false, text: 'Qui appeler :' }],
          [
            { bold: false, text: 'le ' },
            { bold: true, text: 'cabinet' },
          ],
        ],
      },
      {
        kind: 'list',
        items: [
          [
            { bold: false, text: 'Factures : ' },
            { bold: true, text: 'Sophie' },
          ],
          [{ bold: false, text: 'Signature : moi' }],
        ],
      },
      { kind: 'paragraph', lines: [[{ bold: false, text: 'Fin ** ici' }]] },
    ])
  })

  it('renders hostile text as text: no element but p, ul, li, strong and br', () => {
    const view = mount(<PlaybookText text={HOSTILE} />)
    const tags = new Set([...view.root.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()))
    expect([...tags].sort()).toEqual(['br', 'div', 'li', 'p', 'strong', 'ul'])
    expect(view.root.querySelector('[onerror], [onclick], [onload], [href], [srcdoc]')).toBeNull()
    // The markup is there, as characters.
    expect(view.root.textContent).toContain('<img src=x onerror="alert(1)">Bonjour')
    expect(view.root.textContent).toContain('<script>alert(document.cookie)</script>')
    expect(view.root.textContent).toContain('&amp; &lt;b&gt;')
    const bold = [...view.root.querySelectorAll('strong')].map((s) => s.textContent)
    expect(bold).toEqual(['<a href="javascript:alert(1)">payer</a>', '<b onclick=steal()>gras</b>'])
    expect(view.root.textContent).toContain('** unclosed <svg onload=alert(1)>')
    view.unmount()
  })
})

describe('playbook beside the item', () => {
  let d: RelaisDatabase
  beforeEach(() => {
    fakeBrowser.reset()
    d = freshDatabase()
  })
  afterEach(async () => {
    await closeDatabase(d)
  })

  it('shows the category’s playbook to the assistant, and nothing for a category without one', async () => {
    const ws = workspace('ws1', 'assistant', 'sam', [member('boss', 'executive', 'Claire'), member('sam', 'assistant', 'Sam')])
    await d.workspaces.put(ws)
    await d.items.bulkPut([
      item('pay', 'ws1', 'boss', { title: 'Payer les salaires', category: 'Paie', assigneeId: 'sam' }),
      item('trip', 'ws1', 'boss', { title: 'Réserver le train', category: 'Voyages', assigneeId: 'sam' }),
    ])
    await d.playbooks.put({
      workspaceId: 'ws1',
      category: 'Paie',
      text: '- Virement **avant le 28**\n- <b>pas de chèque</b>',
      updatedBy: 'boss',
      updatedAt: 1,
      pendingMutationId: null,
    })
    const workspaces = new Map([['ws1', ws]])
    const view = mount(<ItemDetail itemId="pay" workspaces={workspaces} view="queue" now={Date.now()} onClose={() => {}} />)
    const aside = await waitFor(() => {
      const found = view.root.querySelector('aside.playbook')
      if (!found) throw new Error('no playbook yet')
      return found
    })
    expect(aside.querySelector('h3')?.textContent).toBe('Playbook: Paie')
    expect([...aside.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Virement avant le 28', '<b>pas de chèque</b>'])
    expect(aside.querySelector('b')).toBeNull()
    view.unmount()

    const other = mount(<ItemDetail itemId="trip" workspaces={workspaces} view="queue" now={Date.now()} onClose={() => {}} />)
    await waitFor(() => expect(other.root.textContent).toContain('Réserver le train'))
    await new Promise((r) => setTimeout(r, 50))
    expect(other.root.querySelector('aside.playbook')).toBeNull()
    other.unmount()
  })
})
