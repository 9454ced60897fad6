// The Gmail buttons. Registered at runtime by extension/background/gmail.ts, and only once the
// user has granted Gmail's optional host permission. `matches` is left out on purpose: WXT
// would copy it into the manifest's required host_permissions.

import { defineContentScript } from 'wxt/utils/define-content-script'
import { startGmailUi } from '../gmail-ui/controller'

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // The script ran on this page (DevTools, and the end-to-end test's proof of a page it skipped).
    performance.mark('relais-gmail:start')
    if (location.origin !== 'https://mail.google.com') return
    startGmailUi(ctx)
  },
})
