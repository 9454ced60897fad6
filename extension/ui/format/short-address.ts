/**
 * A web address as a person checks it at a glance: host (without `www.`) and path, no scheme,
 * query or fragment, cut in the middle when long so both the site and the page's end show.
 */
export function shortAddress(url: string, max = 48): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
  const host = u.host.replace(/^www\./, '')
  const path = u.pathname === '/' ? '' : decodePath(u.pathname)
  const full = host + path
  if (full.length <= max) return full
  if (host.length >= max - 2) return `${host.slice(0, max - 1)}…`
  // The page's own name (the last segment) matters most, then the start of the path.
  const room = max - host.length - 1
  const last = path.length - path.lastIndexOf('/')
  const tail = Math.min(room - 4, Math.max(Math.floor(room / 2), last))
  return `${host}${path.slice(0, room - tail)}…${path.slice(path.length - tail)}`
}

function decodePath(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}
