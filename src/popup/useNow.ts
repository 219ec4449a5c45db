import { useEffect, useState } from 'preact/hooks'

/** The current time, updated every second while the page is open (the popup's countdown, not a timer of record). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  return now
}
