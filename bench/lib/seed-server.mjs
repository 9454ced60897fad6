// Seeds a workspace on the server through the API, with content sealed under the workspace's
// own key (read from the executive's device), so the extension opens every item it pulls.
import { client, clientId } from './api.mjs'
import { content, itemId, meta } from './items.mjs'
import { importKey, seal } from './seal.mjs'

const PER_PUSH = 100

export async function seedItems(url, secret, count) {
  const raw = secret.keys.find((k) => k.id === secret.currentKeyId).raw
  const key = await importKey(raw)
  const api = client(url, secret.token)
  const cid = clientId('seed')
  let next = 1
  for (let done = 0; done < count; done += PER_PUSH) {
    const mutations = []
    for (let i = done; i < Math.min(count, done + PER_PUSH); i++) {
      const sealed = await seal(content(i), secret.currentKeyId, key)
      mutations.push({ id: next++, name: 'createItem', args: { item: { id: itemId(), sealed, meta: meta(i) } } })
    }
    const reply = await api.push(cid, mutations)
    if (reply.rejected.length) throw new Error(`the server rejected ${reply.rejected.length} seeded items (${reply.rejected[0].code})`)
  }
}

/** A bare client's full pull, page after page: the network floor of a first sync. */
export async function pullAll(url, token) {
  const api = client(url, token)
  let cursor
  let items = 0
  for (;;) {
    const page = await api.pull(cursor)
    items += page.items.length
    cursor = page.cursor
    if (!page.more) return items
  }
}
