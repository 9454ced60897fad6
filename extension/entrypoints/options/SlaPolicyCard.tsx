import { useEffect, useId, useMemo, useState } from 'preact/hooks'
import type { Priority } from '../../../shared/schema/item'
import type { WorkspaceRow } from '../../db/types'
import { slaPolicy } from '../../db/settings'
import { t, uiLang } from '../../lib/i18n'
import { Spinner } from '../../ui/components/Spinner'
import { useLiveQuery } from '../../ui/hooks/use-live-query'
import { PRIORITY_LABEL } from '../../ui/labels'
import { sendToBackground } from '../../lib/messaging'
import { draftOf, policyFromDraft, type Duration, type Problem, type SlaDraft, type TargetDraft } from './sla-form'
import { SlaTargetsTable } from './SlaTargetsTable'

// Monday first, as calendars in France (and ISO) have it; 0 is Sunday in the policy.
const WEEK = [1, 2, 3, 4, 5, 6, 0]

function weekdayName(day: number): string {
  // 7 January 2024 was a Sunday.
  return new Intl.DateTimeFormat(uiLang(), { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + day))
}

function zones(): string[] {
  const supported = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf
  return supported ? supported('timeZone') : []
}

function problemText(p: Problem): string {
  const params = { ...p.params }
  if (typeof params.priority === 'string') params.priority = t(PRIORITY_LABEL[params.priority as Priority])
  return t(p.key, params)
}

/** The executive sets the workspace's service levels; the background sends them to the server. */
export function SlaPolicyCard({ ws, titled }: { ws: WorkspaceRow; titled: boolean }) {
  const ids = { h: useId(), zone: useId(), zones: useId(), start: useId(), end: useId(), hint: useId() }
  // undefined while reading; then the stored policy, or the default before the first fetch.
  const stored = useLiveQuery(() => slaPolicy(ws.id).read(), [ws.id])
  const [draft, setDraft] = useState<SlaDraft | null>(null)
  const [busy, setBusy] = useState(false)
  const [problems, setProblems] = useState<string[]>([])
  const [saved, setSaved] = useState(false)
  const zoneList = useMemo(zones, [])

  // The form starts from the stored policy, once; later changes do not overwrite what is typed.
  useEffect(() => {
    if (stored !== undefined) setDraft((d) => d ?? draftOf(stored))
  }, [stored])
  if (!draft) return null

  // Functional updates: two edits before the next render must both land.
  const update = (change: (d: SlaDraft) => Partial<SlaDraft>) => {
    setDraft((d) => (d ? { ...d, ...change(d) } : d))
    setSaved(false)
  }
  const edit = (patch: Partial<SlaDraft>) => update(() => patch)
  const toggleDay = (day: number, on: boolean) =>
    update((d) => ({ workdays: on ? [...new Set([...d.workdays, day])] : d.workdays.filter((x) => x !== day) }))
  const editTarget = (p: Priority, which: keyof TargetDraft, patch: Partial<Duration>) =>
    update((d) => ({
      targets: { ...d.targets, [p]: { ...d.targets[p], [which]: { ...d.targets[p][which], ...patch } } },
    }))

  const submit = async (e: Event) => {
    e.preventDefault()
    if (busy) return
    setSaved(false)
    const result = policyFromDraft(draft)
    if ('problems' in result) return setProblems(result.problems.map(problemText))
    setProblems([])
    setBusy(true)
    const reply = await sendToBackground({ type: 'put-sla-policy', workspaceId: ws.id, policy: result.policy })
    setBusy(false)
    if (!reply.ok) return setProblems([reply.error])
    setDraft(draftOf(result.policy))
    setSaved(true)
  }

  return (
    <form class="card sla-policy" aria-labelledby={ids.h} aria-busy={busy} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={ids.h}>{titled ? t('slaHeadingIn', { name: ws.name }) : t('slaHeading')}</h2>
      <p class="hint">{t('slaHint')}</p>
      <fieldset class="inline-fieldset">
        <legend>{t('slaClock')}</legend>
        {(['calendar', 'business'] as const).map((c) => (
          <label key={c} class="inline-check">
            <input type="radio" name={`clock-${ws.id}`} value={c} checked={draft.clock === c} onChange={() => edit({ clock: c })} />{' '}
            {t(c === 'calendar' ? 'slaClockCalendar' : 'slaClockBusiness')}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for={ids.zone}>{t('slaTimeZone')}</label>
        <input
          id={ids.zone}
          type="text"
          list={ids.zones}
          spellcheck={false}
          autoComplete="off"
          value={draft.timeZone}
          onInput={(e) => edit({ timeZone: e.currentTarget.value })}
        />
        <datalist id={ids.zones}>
          {zoneList.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <fieldset class="inline-fieldset">
        <legend>{t('slaWorkdays')}</legend>
        {WEEK.map((day) => (
          <label key={day} class="inline-check">
            <input type="checkbox" checked={draft.workdays.includes(day)} onChange={(e) => toggleDay(day, e.currentTarget.checked)} />{' '}
            {weekdayName(day)}
          </label>
        ))}
      </fieldset>
      <div class="field-row">
        <div class="field">
          <label for={ids.start}>{t('slaWorkStart')}</label>
          <input id={ids.start} type="time" value={draft.workStart} onInput={(e) => edit({ workStart: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for={ids.end}>{t('slaWorkEnd')}</label>
          <input id={ids.end} type="time" value={draft.workEnd} onInput={(e) => edit({ workEnd: e.currentTarget.value })} />
        </div>
      </div>
      <SlaTargetsTable targets={draft.targets} onChange={editTarget} />
      <p class="hint">{t('slaDueOverrides')}</p>
      {problems.length > 0 && (
        <div class="error-note" role="alert">
          <p>{t('slaProblems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {saved && (
        <p class="success-note" role="status">
          {t('slaSaved')}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {busy ? (
          <>
            <Spinner /> {t('saving')}
          </>
        ) : (
          t('slaSave')
        )}
      </button>
    </form>
  )
}
