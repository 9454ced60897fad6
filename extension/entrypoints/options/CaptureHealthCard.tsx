import { useRef, useState } from 'preact/hooks'
import { clearCaptureHealth, diagnosticsText, listCaptureHealth } from '../../db/capture-health'
import { t } from '../../lib/i18n'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { copyText } from './copy-text'

/**
 * Gmail captures that could not read every field, kept on this device only. "Copy diagnostics"
 * puts them on the clipboard (field names and layout signals, no message content) for a report.
 */
export function CaptureHealthCard() {
  const rows = useLiveQuery(() => listCaptureHealth(), [])
  const field = useRef<HTMLTextAreaElement>(null)
  const [copied, setCopied] = useState<boolean | null>(null)
  const text = rows ? diagnosticsText(rows, navigator.userAgent) : ''
  return (
    <section class="card capture-health" aria-labelledby="capture-health-h">
      <h2 id="capture-health-h">{t('captureHealthHeading')}</h2>
      <p class="hint">{t('captureHealthHint')}</p>
      {rows === undefined ? (
        <p class="muted" role="status">
          {t('loading')}
        </p>
      ) : rows.length === 0 ? (
        <p class="muted">{t('captureHealthNone')}</p>
      ) : (
        <>
          <p>{t('captureHealthCount', { count: rows.length })}</p>
          <label for="capture-health-text" class="sr-only">
            {t('captureHealthText')}
          </label>
          <textarea id="capture-health-text" ref={field} class="mono" readOnly rows={5} value={text} />
          <div class="actions">
            <button type="button" onClick={() => void copyText(text, field.current).then(setCopied)}>
              {t('captureHealthCopy')}
            </button>
            <button type="button" onClick={() => void clearCaptureHealth().then(() => setCopied(null))}>
              {t('captureHealthClear')}
            </button>
          </div>
          {copied !== null && (
            <p role="status" class="hint">
              {t(copied ? 'captureHealthCopied' : 'captureHealthCopyFailed')}
            </p>
          )}
        </>
      )}
    </section>
  )
}
