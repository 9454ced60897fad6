// Functions evaluated inside the benchmark pages (page.evaluate serialises them: they may use
// only their arguments and the page's globals).

/** Starts collecting long tasks (≥ 50 ms) on the page. */
export function watchLongTasks() {
  window.__longTasks = []
  window.__longTaskObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration)
  })
  window.__longTaskObserver.observe({ type: 'longtask' })
}

/** Stops and returns the long tasks' durations, after a frame so the last entries arrive. */
export async function longTasks() {
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)))
  const observer = window.__longTaskObserver
  for (const e of observer.takeRecords()) window.__longTasks.push(e.duration)
  observer.disconnect()
  return window.__longTasks
}

/**
 * The page's own DOM change and the frame that shows it: a class on <body> that a page rule
 * depends on, then the time until that frame is done (rAF, then a task after it).
 */
export async function frameAfterChange(times) {
  const nextFrameDone = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      }),
    )
  const out = []
  for (let i = 0; i < times; i++) {
    await new Promise((r) => setTimeout(r, 40))
    await nextFrameDone()
    const t0 = performance.now()
    document.body.classList.toggle('alt')
    out.push((await nextFrameDone()) - t0)
  }
  return out
}

/**
 * Appends 200 paragraphs in one go, as a page's script would, then times our rescan of them
 * from the moment the page's own change is done.
 */
export function appendAndRescan(html) {
  const template = document.createElement('template')
  template.innerHTML = html
  return new Promise((resolve) =>
    setTimeout(async () => {
      document.getElementById('more').append(...template.content.childNodes)
      const t0 = performance.now()
      const timings = await window.relaisBench.rescan()
      resolve({ ms: performance.now() - t0, timings })
    }, 0),
  )
}

/** Waits two frames: the viewport marker registers its ranges on the first observer callback. */
export function settle() {
  return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))
}

/**
 * Runs `window.relaisBench[name](arg)` in a task of the page's own, as a content script or a
 * page script runs: work inside a DevTools evaluation is invisible to the Long Tasks API.
 */
export function inTask({ name, arg }) {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      Promise.resolve(window.relaisBench[name](arg)).then(resolve, reject)
    }, 0),
  )
}

/** mark.js as a developer would use it for a glossary: whole terms, accents folded, same exclusions. */
export function runMarkJs({ keywords, exclude }) {
  return new Promise((resolve) =>
    setTimeout(() => {
      const t0 = performance.now()
      // `Mark` is mark.min.js's global, added to the page by the benchmark.
      new Mark(document.body).mark(keywords, {
        separateWordSearch: false,
        diacritics: true,
        accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', '«', '»', '’', "'"] },
        exclude,
        done: (count) => resolve({ ms: performance.now() - t0, matches: count }),
      })
    }, 0),
  )
}
