// Serves the generated pages over HTTP on 127.0.0.1, as a site would (no file:// quirks).
import { createServer } from 'node:http'

/** `files` maps a path ('/page.html') to { type, body }. */
export function serve(files) {
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url, 'http://x').pathname)
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' })
    res.end(file.body)
  })
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((closed) => server.close(closed)),
      }),
    )
  })
}
