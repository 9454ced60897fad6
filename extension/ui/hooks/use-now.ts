import { useEffect, useState } from 'preact/hooks'

/** The current time, refreshed every `everyMs`: SLA states move on while nobody touches an item. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
