/**
 * Per-member token buckets, in memory: an evicted object starts with full buckets, which is
 * acceptable for a limit whose job is to stop runaway clients, not to bill.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>()

  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
  ) {}

  /** Takes one token; returns 0, or how many ms to wait before the next one. */
  take(key: string, now: number): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, at: now }
    bucket.tokens = Math.min(this.capacity, bucket.tokens + (now - bucket.at) * this.perMs)
    bucket.at = now
    this.buckets.set(key, bucket)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return 0
    }
    return Math.ceil((1 - bucket.tokens) / this.perMs)
  }
}
