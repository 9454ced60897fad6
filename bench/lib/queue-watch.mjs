// Runs in the assistant's open queue page: tells when a row with a given title has been
// painted, on the page's clock (ms since the epoch, sub-millisecond).

export function installRowWatch() {
  const pending = new Map()
  const seen = new Map()
  const painted = (resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.timeOrigin + performance.now())
      channel.port2.postMessage(null)
    })
  const check = () => {
    if (pending.size === 0) return
    for (const row of document.querySelectorAll('[role="option"]')) {
      for (const [title, resolve] of pending) {
        if (!row.textContent.includes(title)) continue
        pending.delete(title)
        painted(resolve)
      }
    }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true })
  window.__expectRow = (title) => {
    seen.set(title, new Promise((resolve) => pending.set(title, resolve)))
    check()
  }
  window.__rowPainted = (title, timeoutMs) =>
    Promise.race([
      seen.get(title),
      new Promise((_, fail) => setTimeout(() => fail(new Error(`no row "${title}" within ${timeoutMs} ms`)), timeoutMs)),
    ])
}
