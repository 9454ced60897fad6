// The baseline of sync.clip_to_queue: the same trip over bare HTTP from Node, with no
// extension at either end: push one item, wait for the assistant's poke, pull it.
import WebSocket from 'ws'
import { client, clientId, pairOverHttp } from './api.mjs'
import { content, itemId, meta } from './items.mjs'
import { importKey, newKeyRaw, seal } from './seal.mjs'

export async function httpRoundTrips(url, { warmup, runs }) {
  const { exec, assistant } = await pairOverHttp(url, 'Bench HTTP baseline')
  const key = await importKey(newKeyRaw())
  const pusher = client(url, exec.token)
  const puller = client(url, assistant.token)
  const cid = clientId('baseline')
  let cursor = (await puller.pull()).cursor
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/v1/sync/live`, ['relais.v1', `bearer.${assistant.token}`])
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  let poked = null
  socket.on('message', (data) => {
    const text = String(data)
    if (text !== 'pong' && poked) poked()
  })
  const samples = []
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const id = itemId()
      const sealed = await seal(content(i), 'k1', key)
      const poke = new Promise((resolve) => {
        poked = resolve
      })
      const t0 = performance.now()
      await pusher.push(cid, [{ id: i + 1, name: 'createItem', args: { item: { id, sealed, meta: meta(i) } } }])
      await poke
      const page = await puller.pull(cursor)
      if (!page.items.some((item) => item.id === id)) throw new Error('the pulled page lacks the pushed item')
      cursor = page.cursor
      if (i >= warmup) samples.push(performance.now() - t0)
    }
  } finally {
    socket.close()
  }
  return samples
}
