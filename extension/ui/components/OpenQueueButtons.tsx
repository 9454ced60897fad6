import { t } from '../../lib/i18n'
import { openQueueTab, openSidePanel } from '../open-page'

/** Where an assistant goes once paired: the queue in a tab, or beside the page (side panel or sidebar). */
export function OpenQueueButtons() {
  return (
    <div class="form-actions next-step">
      <button type="button" class="primary" onClick={() => void openQueueTab()}>
        {t('openMyQueue')}
      </button>
      <button type="button" onClick={() => void openSidePanel().then((ok) => (ok ? undefined : openQueueTab()))}>
        {t('openQueueBeside')}
      </button>
    </div>
  )
}
