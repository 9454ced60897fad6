import { useState } from 'preact/hooks'
import type { WeakSignal } from '../../../shared/schema/kpi'
import type { WorkspaceRow } from '../../db/types'
import { t } from '../../lib/i18n'
import { signalText } from './signal-text'
import { SignalItems } from './SignalItems'

type Props = {
  signals: WeakSignal[]
  ws: WorkspaceRow
  clock: 'calendar' | 'business'
  now: number
  openId: string | null
  onOpen: (itemId: string) => void
}

/** Each signal said in a sentence, with the items behind it one click away. */
export function WeakSignalList({ signals, ws, clock, now, openId, onOpen }: Props) {
  const [shown, setShown] = useState<string | null>(null)
  if (signals.length === 0) return <p class="muted">{t('signalsNone')}</p>
  return (
    <ul class="signals">
      {signals.map((s) => {
        const key = s.code === 'assistant_overloaded' ? `${s.code}-${s.assigneeId}` : s.code
        const { title, sentence } = signalText(s, ws, clock)
        const listId = `signal-items-${key}`
        const open = shown === key
        return (
          <li key={key} class={`signal signal-${s.code}`}>
            <strong class="signal-title">{title}</strong>
            <p class="signal-text">{sentence}</p>
            <button
              type="button"
              class="link-button"
              aria-expanded={open}
              aria-controls={listId}
              onClick={() => setShown(open ? null : key)}
            >
              {open ? t('signalHideItems') : t('signalShowItems', { count: s.itemIds.length })}
            </button>
            {open && <SignalItems id={listId} itemIds={s.itemIds} label={title} now={now} openId={openId} onOpen={onOpen} />}
          </li>
        )
      })}
    </ul>
  )
}
