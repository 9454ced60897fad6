// A TCP proxy in front of the local worker that can take the network away and give it back:
// `down()` stops listening and resets every open connection (the browser sees a real network
// failure: refused connections, a dropped WebSocket), `up()` listens again on the same port.
// Used by the reconnect benchmark and the end-to-end reconnect test.
import { connect, createServer } from 'node:net'

export async function outageProxy(targetUrl, port = 0) {
  const target = new URL(targetUrl)
  const open = new Set()
  let server = null
  const listen = (p) =>
    new Promise((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname)
        open.add(client)
        open.add(upstream)
        const drop = () => {
          client.destroy()
          upstream.destroy()
          open.delete(client)
          open.delete(upstream)
        }
        client.on('error', drop).on('close', drop)
        upstream.on('error', drop).on('close', drop)
        client.pipe(upstream)
        upstream.pipe(client)
      })
      server.once('error', reject)
      server.listen(p, '127.0.0.1', () => resolve(server.address().port))
    })
  const boundPort = await listen(port)
  return {
    url: `http://127.0.0.1:${boundPort}`,
    /** Resolves once no connection is open and nothing listens. */
    down: () =>
      new Promise((resolve) => {
        const s = server
        server = null
        if (!s) return resolve()
        for (const socket of open) socket.resetAndDestroy?.() ?? socket.destroy()
        open.clear()
        s.close(() => resolve())
      }),
    /** Resolves once the port accepts connections again. */
    up: async () => {
      if (!server) await listen(boundPort)
    },
    get isUp() {
      return server !== null
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy()
        if (server) server.close(() => resolve())
        else resolve()
      }),
  }
}
