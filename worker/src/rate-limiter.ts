import { DurableObject } from 'cloudflare:workers'
import type { Bindings } from './env'

/**
 * A sliding-window counter per key (the caller's address for invite attempts), exact because
 * one object serializes its key's requests. Guessing a 128-bit code is hopeless anyway; this
 * makes trying expensive as well.
 */
export class RateLimiterObject extends DurableObject<Bindings> {
  private hits: number[] = []

  /** Records an attempt; returns 0 if allowed, else seconds to wait. */
  async hit(limit: number, windowMs: number): Promise<number> {
    const now = Date.now()
    this.hits = this.hits.filter((t) => t > now - windowMs)
    if (this.hits.length >= limit) return Math.ceil((this.hits[0]! + windowMs - now) / 1000)
    this.hits.push(now)
    return 0
  }
}
