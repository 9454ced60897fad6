// The glossary on a web page. Registered at runtime by the background, only
// on the origins the user enabled and granted (Gmail by default); the page's
// host can be switched off from the popup.
import * as v from 'valibot'
import { browser } from 'wxt/browser'
import { defineContentScript } from 'wxt/utils/define-content-script'
// The matcher alone: the shared/glossary index would bring the built-in glossary along.
import { compileMatcher } from '../../../shared/glossary/matcher'
import { SELECTORS } from '../../gmail/selectors'
import { GlossaryPage } from '../../glossary/glossary-page'
import { yieldToMain } from '../../glossary/scheduler'
import { GlossarySiteMessageSchema } from '../../glossary/site-message'
import { askForTerms } from '../../glossary/terms-client'
import { termViews } from '../../glossary/term-view'
import { sendToBackground } from '../../lib/messaging'
import './style.css'

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // One copy per page: after an extension update the new copy starts and WXT's context
    // invalidates the old one, which stops below.
    let page: GlossaryPage | null = null
    const start = async () => {
      const asked = performance.now()
      const payload = await askForTerms()
      if (payload?.off) measure('off', asked, {})
      if (payload === null || payload.off || payload.terms.length === 0 || page !== null || ctx.isInvalid) return
      const t0 = performance.now()
      // The background sends the terms in matching order, hints attached.
      const matcher = compileMatcher(payload.terms)
      measure('compile', t0, { terms: payload.terms.length, keys: matcher.keyCount })
      // Compiling is one task; the walk starts in the next, so neither holds the page long.
      await yieldToMain()
      if (page !== null || ctx.isInvalid) return
      page = new GlossaryPage({
        doc: document,
        matcher,
        views: termViews(payload.terms, payload.lang, payload.pageBase),
        readerLang: payload.lang,
        rules: { everyOccurrence: payload.everyOccurrence, known: new Set(payload.known) },
        concept: conceptOf(payload.terms),
        // In Gmail each open message counts its own first occurrences.
        ...(location.hostname === 'mail.google.com' ? { scopes: SELECTORS.body.join(',') } : {}),
        onKnown: (termId) => void tellKnown(termId),
        onTiming: (phase, timings, startedAt) => measure(phase, startedAt, { ...timings }),
      })
      await page.start()
    }
    const stop = () => {
      page?.stop()
      page = null
    }

    const onMessage = (raw: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return
      const message = v.safeParse(GlossarySiteMessageSchema, raw)
      if (!message.success) return
      if (message.output.off) stop()
      else void start()
    }
    browser.runtime.onMessage.addListener(onMessage)
    // The extension was updated or reloaded: this copy stops marking and stops listening.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage)
      stop()
    })
    void start()
  },
})

/** Each term's concept, shared with its counterpart in the other language. */
function conceptOf(terms: readonly { id: string; concept?: string | undefined }[]): (termId: string) => string {
  const concepts = new Map(terms.map((t) => [t.id, t.concept ?? t.id]))
  return (termId) => concepts.get(termId) ?? termId
}

/** Remembers "I know this term" on this device; the background keeps it (no database here). */
async function tellKnown(termId: string): Promise<void> {
  // A failure (extension reloading) only loses the remembering: this page already stopped marking it.
  await sendToBackground({ type: 'glossary-known', termId, known: true })
}

/**
 * Timing hooks as performance entries (`relais-glossary:compile|first|rescan`, and `off` when the
 * background says this site is switched off), visible in
 * DevTools' performance panel and to the benchmark. They carry counts and durations only,
 * never text.
 */
function measure(phase: string, start: number, detail: Record<string, number>): void {
  try {
    performance.measure(`relais-glossary:${phase}`, { start, end: performance.now(), detail })
  } catch {
    // Older browsers without measure options: timings are a nicety.
  }
}
