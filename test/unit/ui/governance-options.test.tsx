// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import type { BackgroundReply, MessageType } from '../../../shared/schema/messages'
import { DEFAULT_SLA_POLICY } from '../../../shared/schema/sla'
import type { RelaisDatabase } from '../../../extension/db/database'
import { OptionsPage } from '../../../extension/entrypoints/options/OptionsPage'
import { byText, closeDatabase, freshDatabase, member, mount, setValue, tick, waitFor, workspace } from './helpers'

describe('options: service levels, playbooks, Gmail and glossary', () => {
  let d: RelaisDatabase
  let view: ReturnType<typeof mount> | null = null
  let sent: { type: string }[]
  let answer: (message: { type: string }) => Promise<BackgroundReply<MessageType>>
  const members = [member('me', 'executive', 'Claire'), member('sam', 'assistant', 'Sam')]

  beforeEach(() => {
    fakeBrowser.reset()
    d = freshDatabase()
    sent = []
    answer = async () => ({ ok: true })
    fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      sent.push(message as { type: string })
      void answer(message as { type: string }).then(sendResponse)
      return true
    })
  })
  afterEach(async () => {
    view?.unmount()
    view = null
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
    await closeDatabase(d)
  })

  const card = (heading: string) => byText(view!.root, 'h2', heading).closest('.card') as HTMLElement
  const control = (root: HTMLElement, label: string) => {
    const l = byText<HTMLLabelElement>(root, 'label', label)
    return root.querySelector<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(`#${CSS.escape(l.htmlFor)}`)!
  }
  const labelled = (root: HTMLElement, name: string) => root.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)!
  const submit = (root: HTMLElement) =>
    (root.matches('form') ? root : root.querySelector('form')!).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))

  it('edits the SLA policy, shows every problem in words, and sends a valid one through the background', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'me', members))
    view = mount(<OptionsPage />)
    const sla = await waitFor(() => card('Service levels (SLA)'))
    await waitFor(() => expect(labelled(sla, 'Urgent, Acknowledge within, minutes').value).toBe('30'))
    expect(labelled(sla, 'Low, Complete within, hours').value).toBe('168')
    expect(control(sla, 'Time zone').value).toBe('Europe/Paris')

    setValue(labelled(sla, 'Urgent, Acknowledge within, hours'), '5')
    setValue(control(sla, 'Time zone'), 'Mars/Olympus')
    await tick()
    submit(sla)
    const alert = await waitFor(() => {
      const found = sla.querySelector('[role="alert"]')
      if (!found) throw new Error('no alert yet')
      return found
    })
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '“Mars/Olympus” is not a time zone; use a name such as Europe/Paris.',
      'Urgent: acknowledging cannot take longer than completing.',
    ])
    expect(sent).toEqual([])

    setValue(control(sla, 'Time zone'), 'America/New_York')
    setValue(labelled(sla, 'Urgent, Acknowledge within, hours'), '1')
    setValue(labelled(sla, 'Urgent, Acknowledge within, minutes'), '0')
    byText<HTMLLabelElement>(sla, 'label', 'Working hours only').querySelector('input')!.click()
    byText<HTMLLabelElement>(sla, 'label', 'Saturday').querySelector('input')!.click()
    setValue(control(sla, 'Working day starts'), '08:30')
    await tick()
    submit(sla)
    await waitFor(() => expect(sla.textContent).toContain('Service levels saved.'))
    expect(sent).toEqual([
      {
        type: 'put-sla-policy',
        workspaceId: 'ws1',
        policy: {
          ...DEFAULT_SLA_POLICY,
          clock: 'business',
          timeZone: 'America/New_York',
          workdays: [1, 2, 3, 4, 5, 6],
          workStartMinute: 510,
          targets: { ...DEFAULT_SLA_POLICY.targets, urgent: { acknowledgeMinutes: 60, completeMinutes: 240 } },
        },
      },
    ])

    answer = async () => ({ ok: false, error: 'Only an executive may set the SLA policy.' })
    submit(sla)
    await waitFor(() => expect(sla.querySelector('[role="alert"]')?.textContent).toContain('Only an executive may set the SLA policy.'))
  })

  it('starts from the stored policy and shows no governance to an assistant', async () => {
    await d.workspaces.bulkPut([
      workspace('ws1', 'executive', 'me', members, 'Direction'),
      workspace('ws2', 'assistant', 'me2', [member('me2', 'assistant', 'Sam')], 'Cabinet'),
    ])
    await d.settings.put({ key: 'sla:ws1', value: { ...DEFAULT_SLA_POLICY, timeZone: 'Europe/London' } })
    view = mount(<OptionsPage />)
    const sla = await waitFor(() => card('Service levels (SLA)'))
    await waitFor(() => expect(control(sla, 'Time zone').value).toBe('Europe/London'))
    expect(view.root.querySelectorAll('.sla-policy')).toHaveLength(1)
    expect(view.root.querySelectorAll('.playbooks')).toHaveLength(1)
  })

  it('writes a playbook per category, with a live safe preview, and removes it', async () => {
    await d.workspaces.put(workspace('ws1', 'executive', 'me', members))
    vi.stubGlobal('confirm', vi.fn().mockReturnValue(true))
    view = mount(<OptionsPage />)
    const box = await waitFor(() => card('Playbooks'))
    setValue(control(box, 'Category'), 'Paie')
    setValue(control(box, 'Instructions'), 'Avant le 25 :\n- Vérifier **les absences**\n- <img src=x onerror=alert(1)>')
    await waitFor(() => expect(box.querySelector('.playbook-preview strong')?.textContent).toBe('les absences'))
    expect(box.querySelector('.playbook-preview img')).toBeNull()
    submit(box)
    await waitFor(() => expect(box.textContent).toContain('Playbook of “Paie” saved.'))
    expect(await d.playbooks.get(['ws1', 'Paie'])).toMatchObject({
      text: 'Avant le 25 :\n- Vérifier **les absences**\n- <img src=x onerror=alert(1)>',
      pendingMutationId: 1,
    })
    expect((await d.outbox.toArray()).map((e) => e.mutation.name)).toEqual(['setPlaybook'])

    const chip = await waitFor(() => byText<HTMLButtonElement>(box, '.chips button', 'Paie'))
    expect(chip.getAttribute('aria-pressed')).toBe('true')
    byText<HTMLButtonElement>(box, 'button', 'Remove playbook').click()
    await waitFor(() => expect(box.textContent).toContain('Playbook of “Paie” removed.'))
    expect((await d.outbox.toArray()).map((e) => e.mutation)).toEqual([
      {
        name: 'setPlaybook',
        args: { category: 'Paie', text: 'Avant le 25 :\n- Vérifier **les absences**\n- <img src=x onerror=alert(1)>' },
      },
      { name: 'setPlaybook', args: { category: 'Paie', text: null } },
    ])
  })

  it('asks for the Gmail and glossary permissions within the click, before anything is awaited', async () => {
    const granted = new Set<string>()
    const request = vi.fn(async (p: { origins: string[] }) => {
      for (const o of p.origins) granted.add(o)
      return true
    })
    Object.assign(fakeBrowser.permissions, {
      contains: vi.fn(async (p: { origins: string[] }) => p.origins.every((o) => granted.has(o))),
      request,
      remove: vi.fn(async (p: { origins: string[] }) => {
        for (const o of p.origins) granted.delete(o)
        return true
      }),
    })
    Object.assign(fakeBrowser, {
      scripting: {
        getRegisteredContentScripts: vi.fn(async () => []),
        registerContentScripts: vi.fn(async () => {}),
        unregisterContentScripts: vi.fn(async () => {}),
        updateContentScripts: vi.fn(async () => {}),
      },
    })
    view = mount(<OptionsPage />)
    const box = await waitFor(() => card('Gmail and glossary'))
    const gmail = byText<HTMLLabelElement>(box, 'label', 'Delegate from Gmail').querySelector('input')!
    await waitFor(() => expect(gmail.disabled).toBe(false))

    gmail.click()
    // Synchronously: the browser only shows its prompt inside the user gesture.
    expect(request).toHaveBeenCalledWith({ origins: ['https://mail.google.com/*'] })
    await waitFor(() => expect(gmail.checked).toBe(true))

    const everywhere = byText<HTMLLabelElement>(box, 'label', 'Explain business terms on every site').querySelector('input')!
    everywhere.click()
    expect(request).toHaveBeenLastCalledWith({ origins: ['https://*/*', 'http://*/*'] })
    await waitFor(() => expect(everywhere.checked).toBe(true))
    expect((await d.settings.get('glossary:origins'))?.value).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']))
  })
})
