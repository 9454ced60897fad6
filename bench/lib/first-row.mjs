// Runs in the queue page before its own scripts: resolves with the time (ms since navigation
// start) at which the first item row has been painted: a row exists, then the next frame
// runs, then a task after it, which comes once that frame is committed.
export function firstRowProbe() {
  window.__relaisFirstRow = new Promise((resolve) => {
    const ROW = '[role="option"]'
    const painted = () =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () =>
          resolve({ at: performance.now(), text: document.querySelector(ROW)?.textContent?.slice(0, 80) ?? '' })
        channel.port2.postMessage(null)
      })
    const observer = new MutationObserver(() => {
      if (!document.querySelector(ROW)) return
      observer.disconnect()
      painted()
    })
    observer.observe(document, { childList: true, subtree: true })
  })
}
