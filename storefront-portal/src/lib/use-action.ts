import { useCallback, useRef, useState } from "react"
import { describeError } from "./api"
import { useT } from "./i18n"

/**
 * One request at a time behind a button: a second call while one runs (a
 * double click) does nothing, `busy` drives the button, and a failure becomes
 * a message the buyer can act on. A ref, not state, guards: a double click
 * arrives before React re-renders the disabled button.
 */
export function useAction() {
  const t = useT("common")
  const inFlight = useRef(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = useCallback(
    async (action: () => Promise<void>, onError?: (caught: unknown) => Promise<void> | void) => {
      if (inFlight.current) return
      inFlight.current = true
      setBusy(true)
      setError(null)
      try {
        await action()
      } catch (caught) {
        setError(describeError(t, caught))
        await onError?.(caught)
      } finally {
        inFlight.current = false
        setBusy(false)
      }
    },
    [t]
  )
  return { run, busy, error, setError }
}
