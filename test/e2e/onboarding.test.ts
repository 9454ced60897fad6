import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchProfile, localWorker, welcomePage, type LocalWorker, type Profile } from './harness'

// The first minutes of two new users, driven only by what is on screen: the welcome page that a
// first install opens, the executive creating a workspace and inviting, the assistant joining
// and opening the queue, and a member leaving, told so in words.

let worker: LocalWorker
let exec: Profile
let assistant: Profile

beforeAll(async () => {
  worker = await localWorker()
  ;[exec, assistant] = await Promise.all([launchProfile({ welcome: true }), launchProfile({ welcome: true })])
})
afterAll(async () => {
  await Promise.allSettled([exec?.close(), assistant?.close()])
  await worker?.stop()
})

describe('first install', () => {
  it('welcomes, and each way in leads straight to its next step', async () => {
    const welcome = await welcomePage(exec.context)
    await welcome.getByRole('heading', { name: 'Welcome to Relais' }).waitFor()
    await welcome.getByRole('button', { name: 'I delegate: create a workspace' }).click()
    // The first field has the focus: the keyboard goes on from the choice.
    await welcome.getByLabel('Workspace name').waitFor()
    expect(await welcome.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent)).toBe(
      'Workspace name',
    )
    await welcome.keyboard.type('Acme SAS')
    await welcome.getByLabel('Your name').fill('Claire Martin')
    await welcome.getByLabel('Server URL').fill(worker.url)
    await welcome.getByRole('button', { name: 'Create workspace' }).click()

    // Next: inviting, the obvious (primary) action.
    await welcome.getByRole('heading', { name: 'Next: invite your assistant' }).waitFor()
    const invite = welcome.getByRole('button', { name: 'Invite an assistant' })
    expect(await invite.getAttribute('class')).toContain('primary')
    await invite.click()
    const code = await welcome.getByLabel('Pairing code (hand it over privately)').inputValue()
    expect(code.length).toBeGreaterThan(40)

    const joining = await welcomePage(assistant.context)
    await joining.getByRole('button', { name: 'I assist: join with a code' }).click()
    await joining.getByLabel('Pairing code', { exact: true }).fill(code)
    await joining.getByLabel('Your name').fill('Sam Leroy')
    await joining.getByRole('button', { name: 'Join', exact: true }).click()
    await joining.getByText('Joined. Your queue is ready.').waitFor()
    const [queue] = await Promise.all([
      assistant.context.waitForEvent('page', (p) => p.url().endsWith('/queue.html')),
      joining.getByRole('button', { name: 'Open my queue' }).click(),
    ])
    await queue
      .getByRole('heading', { name: 'Queue' })
      .or(queue.getByRole('tab', { name: /Queue/ }))
      .first()
      .waitFor()
  })

  it('tells a member who left, in words, with what to do next', async () => {
    const options = await assistant.context.newPage()
    await options.goto(`chrome-extension://${assistant.extensionId}/options.html`)
    options.on('dialog', (d) => void d.accept())
    await options.getByRole('button', { name: 'Leave workspace' }).click()
    await options.getByText(/^You left Acme SAS on /).waitFor()
    await options.getByText('To come back, ask an executive of Acme SAS for a new pairing code', { exact: false }).waitFor()
    // The popup says it too, where it says the browser is not paired.
    const popup = await assistant.context.newPage()
    await popup.goto(`chrome-extension://${assistant.extensionId}/popup.html`)
    await popup.getByText(/^You left Acme SAS on /).waitFor()
    await popup.getByRole('button', { name: 'Dismiss the message about Acme SAS' }).click()
    await popup.getByText(/^You left Acme SAS/).waitFor({ state: 'detached' })
  })
})
