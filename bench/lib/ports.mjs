import { createServer } from 'node:net'

export function freePort() {
  return new Promise((done, fail) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => done(address.port))
    })
    server.on('error', fail)
  })
}
