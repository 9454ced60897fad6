import { beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeBrowser } from 'wxt/testing/fake-browser'
import { welcomeOnInstall } from '../../../extension/background/welcome'

describe('the welcome page', () => {
  beforeEach(() => fakeBrowser.reset())

  it('opens on a first install only, not on updates', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create')
    welcomeOnInstall({ reason: 'update' })
    welcomeOnInstall({ reason: 'chrome_update' })
    welcomeOnInstall({ reason: 'shared_module_update' })
    expect(create).not.toHaveBeenCalled()
    welcomeOnInstall({ reason: 'install' })
    await vi.waitFor(() => expect(create).toHaveBeenCalledOnce())
    expect(create.mock.calls[0]![0].url).toMatch(/\/welcome\.html$/)
  })
})
