// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { RelaisDatabase } from '../../../extension/db/database'
import { CapturePage } from '../../../extension/entrypoints/popup/CapturePage'
import { ruleForSave, withFreq, withInterval } from '../../../extension/ui/fields/recurrence-choice'
import { ItemEditor } from '../../../extension/ui/item/ItemEditor'
import { byText, closeDatabase, freshDatabase, item, member, mount, setValue, tick, waitFor, workspace } from './helpers'

describe('recurrence choice', () => {
  it('keeps the interval across frequencies, clamps what is typed, and pins the day for month-based rules', () => {
    const weekly = withFreq(null, 'weekly')!
    expect(weekly).toEqual({ freq: 'weekly', interval: 1, dayOfMonth: null })
    expect(withInterval(weekly, '2')).toMatchObject({ interval: 2 })
    expect(withInterval(weekly, '0').interval).toBe(1)
    expect(withInterval(weekly, '9999').interval).toBe(366)
    expect(withInterval(weekly, 'abc').interval).toBe(1)
    expect(withFreq({ ...weekly, interval: 2 }, 'monthly')).toEqual({ freq: 'monthly', interval: 2, dayOfMonth: null })
    expect(withFreq(weekly, '')).toBeNull()
    const jan31 = Date.UTC(2026, 0, 31, 17)
    expect(ruleForSave({ freq: 'monthly', interval: 1, dayOfMonth: null }, jan31)).toEqual({ freq: 'monthly', interval: 1, dayOfMonth: 31 })
    expect(ruleForSave({ freq: 'weekly', interval: 1, dayOfMonth: null }, jan31)).toEqual({ freq: 'weekly', interval: 1, dayOfMonth: null })
    expect(ruleForSave({ freq: 'yearly', interval: 1, dayOfMonth: null }, null)).toEqual({ freq: 'yearly', interval: 1, dayOfMonth: null })
  })
})

describe('recurrence field', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  const members = [member('exec1', 'executive', 'Claire'), member('asst1', 'assistant', 'Sam')]
  beforeEach(() => {
    fakeBrowser.reset()
    d = freshDatabase()
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    vi.restoreAllMocks()
    await closeDatabase(d)
  })
  const control = (label: string) => {
    const l = byText<HTMLLabelElement>(view!.root, 'label', label)
    return view!.root.querySelector<HTMLInputElement & HTMLSelectElement>(`#${CSS.escape(l.htmlFor)}`)!
  }

  it('sends the capture form’s rule in meta.recurrence, and nothing when the item does not repeat', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'exec1', members))
    await d.drafts.bulkPut([
      { id: 'd1', createdAt: 1, content: { title: 'Déclaration de TVA', note: '', source: { kind: 'manual' } } },
      { id: 'd2', createdAt: 2, content: { title: 'Une fois', note: '', source: { kind: 'manual' } } },
    ])
    view = mount(<CapturePage search="?draft=d1" close={() => {}} />)
    await waitFor(() => control('Repeats'))
    setValue(control('Due'), '2026-01-31T18:00', 'change')
    await tick()
    setValue(control('Repeats'), 'monthly', 'change')
    await tick()
    setValue(control('every'), '3', 'change')
    await tick()
    expect(view.root.textContent).toContain('month(s)')
    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    const saved = await waitFor(async () => {
      const [row] = await d.items.toArray()
      if (!row) throw new Error('not saved yet')
      return row
    })
    const day = new Date(saved.meta.dueAt!).getUTCDate()
    expect(saved.meta.recurrence).toEqual({ freq: 'monthly', interval: 3, dayOfMonth: day })
    const [entry] = await d.outbox.toArray()
    expect(entry!.mutation).toMatchObject({
      name: 'createItem',
      args: { item: { meta: { recurrence: { freq: 'monthly', interval: 3, dayOfMonth: day } } } },
    })
    view.unmount()

    view = mount(<CapturePage search="?draft=d2" close={() => {}} />)
    await waitFor(() => control('Repeats'))
    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    const plain = await waitFor(async () => {
      const row = (await d.items.toArray()).find((i) => i.content?.title === 'Une fois')
      if (!row) throw new Error('not saved yet')
      return row
    })
    expect('recurrence' in plain.meta).toBe(false)
  })

  it('edits an item’s rule, sending only a real change', async () => {
    const ws = workspace('ws1', 'executive', 'exec1', members)
    await d.workspaces.put(ws)
    const row = { ...item('pay', 'ws1', 'exec1', { title: 'Paie', dueAt: Date.UTC(2026, 0, 28, 9) }) }
    row.meta = { ...row.meta, recurrence: { freq: 'weekly', interval: 2, dayOfMonth: null } }
    await d.items.put(row)
    const done = vi.fn()
    view = mount(<ItemEditor item={row} ws={ws} onDone={done} />)
    expect(control('Repeats').value).toBe('weekly')
    expect(control('every').value).toBe('2')
    // Saving untouched sends nothing.
    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() => expect(done).toHaveBeenCalledOnce())
    expect(await d.outbox.count()).toBe(0)

    setValue(control('Repeats'), '', 'change')
    await tick()
    view.root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await waitFor(() => expect(done).toHaveBeenCalledTimes(2))
    const [entry] = await d.outbox.toArray()
    expect(entry!.mutation).toEqual({ name: 'updateItem', args: { id: 'pay', meta: { recurrence: null } } })
    expect((await d.items.get('pay'))!.meta.recurrence).toBeNull()
  })
})
