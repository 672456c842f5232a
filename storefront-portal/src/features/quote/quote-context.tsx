import type { StorePortalQuoteViewResponse } from "@shared/http/quotes"
import { totalsOfQuote, type QuoteTotals } from "@shared/quote-totals"
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react"
import { describeError, isNotFound } from "../../lib/api"
import type { QuoteApi } from "../../lib/data/quote-links"
import { useT } from "../../lib/i18n"

type LoadState =
  | { kind: "loading" }
  | { kind: "ready"; view: StorePortalQuoteViewResponse }
  | { kind: "gone" }
  | { kind: "error"; message: string }

/** What the loader holds: a failure is put in words when shown, in the page's language. */
type Loaded = Exclude<LoadState, { kind: "error" }> | { kind: "error"; error: unknown }

export type SelectionState = "idle" | "saving" | "saved" | "failed"

type QuoteContextValue = {
  /** The quote's requests: a link's or a signed-in contact's. */
  api: QuoteApi
  /** Where the quote page is, e.g. /q/<token>; the sign step comes back here. */
  home: string
  /** What the holder may do: a link everything; a contact what their teams grant. */
  may: QuotePowers
  view: StorePortalQuoteViewResponse
  /** The optional items the buyer has ticked. */
  selected: string[]
  toggle: (itemId: string, on: boolean) => void
  /** Totals for the ticked items: computed here at once, replaced by the server's answer. */
  totals: QuoteTotals
  selection: SelectionState
  /** Waits until the server holds the current selection. */
  flushSelection: () => Promise<void>
  replaceView: (view: StorePortalQuoteViewResponse) => void
  reload: () => Promise<void>
  /**
   * Ships to another of the buyer's addresses: the server stores it with the
   * selection and reprices (tax follows the address); the page shows its answer.
   */
  shipTo: (addressId: string) => Promise<void>
  /** The address the buyer picked on this page, sent again with accept or sign. */
  chosenAddressId: string | undefined
  /** Says `message` in the live region and asks the result's heading to take the focus. */
  announceResult: (message: string) => void
  /** True once a decision was made on this page: the result takes the focus when it shows. */
  resultPending: boolean
}

export type QuotePowers = { accept: boolean; ask: boolean; pay: boolean }
const EVERYTHING: QuotePowers = { accept: true, ask: true, pay: true }

const QuoteContext = createContext<QuoteContextValue | null>(null)

export function useQuote(): QuoteContextValue {
  const value = useContext(QuoteContext)
  if (!value) throw new Error("useQuote must be used inside <QuoteProvider>")
  return value
}

const initialSelection = (view: StorePortalQuoteViewResponse) =>
  view.quote.items.filter((item) => item.is_optional && item.is_selected).map((item) => item.id)

/**
 * Loads what a quote shows (through a link or for a signed-in contact).
 * `api` must keep its identity between renders (useMemo).
 */
export function useQuoteLoader(api: QuoteApi) {
  const t = useT("common")
  const [loaded, setState] = useState<Loaded>({ kind: "loading" })
  const load = useCallback(async () => {
    setState((previous) => (previous.kind === "ready" ? previous : { kind: "loading" }))
    try {
      setState({ kind: "ready", view: await api.view() })
    } catch (error) {
      setState(isNotFound(error) ? { kind: "gone" } : { kind: "error", error })
    }
  }, [api])
  useEffect(() => {
    setState({ kind: "loading" })
    void load()
  }, [load])
  const setView = useCallback(
    (view: StorePortalQuoteViewResponse) => setState({ kind: "ready", view }),
    []
  )
  const state: LoadState =
    loaded.kind === "error" ? { kind: "error", message: describeError(t, loaded.error) } : loaded
  return { state, load, setView }
}

/**
 * Keeps the buyer's selection of one quote: the totals update on the page with
 * the same function the server runs, and the server's answer (the one that
 * counts) confirms them a moment later.
 */
export function QuoteProvider(props: {
  api: QuoteApi
  home: string
  may?: QuotePowers
  view: StorePortalQuoteViewResponse
  replaceView: (view: StorePortalQuoteViewResponse) => void
  reload: () => Promise<void>
  children: ReactNode
}) {
  const { api, home, may = EVERYTHING, view, replaceView, reload } = props
  const [selected, setSelected] = useState(() => initialSelection(view))
  const [serverTotals, setServerTotals] = useState<QuoteTotals | null>(null)
  const [selection, setSelection] = useState<SelectionState>("idle")
  const sequence = useRef(0)
  const pending = useRef<Promise<void>>(Promise.resolve())
  const [chosenAddressId, setChosenAddressId] = useState<string | undefined>()
  const [announcement, setAnnouncement] = useState("")
  const [resultPending, setResultPending] = useState(false)

  // A fresh view from the server (reload, sign, accept) carries the selection it holds.
  useEffect(() => {
    setSelected(initialSelection(view))
    setServerTotals(null)
  }, [view])

  const localTotals = useMemo(() => totalsOfQuote(view.quote, selected), [view, selected])

  const toggle = useCallback(
    (itemId: string, on: boolean) => {
      const next = on ? [...new Set([...selected, itemId])] : selected.filter((id) => id !== itemId)
      setSelected(next)
      setServerTotals(null)
      setSelection("saving")
      const mine = ++sequence.current
      // Requests go one after another, so the server ends with the latest selection.
      pending.current = pending.current.then(async () => {
        if (mine !== sequence.current) return
        try {
          const answer = await api.select(next)
          if (mine !== sequence.current) return
          setServerTotals(answer.totals)
          setSelection("saved")
        } catch {
          if (mine === sequence.current) setSelection("failed")
        }
      })
    },
    [selected, api]
  )

  const shipTo = useCallback(
    async (addressId: string) => {
      // After any selection still on its way, so the server keeps both.
      await pending.current
      const answer = await api.select(selected, addressId)
      setChosenAddressId(addressId)
      replaceView({ ...view, quote: answer.quote })
    },
    [api, selected, view, replaceView]
  )

  const announceResult = useCallback((message: string) => {
    setAnnouncement(message)
    setResultPending(true)
  }, [])

  const value = useMemo<QuoteContextValue>(
    () => ({
      api,
      home,
      may,
      view,
      selected,
      toggle,
      totals: serverTotals ?? localTotals,
      selection,
      flushSelection: () => pending.current,
      replaceView,
      reload,
      shipTo,
      chosenAddressId,
      announceResult,
      resultPending,
    }),
    [
      api,
      home,
      may,
      view,
      selected,
      toggle,
      serverTotals,
      localTotals,
      selection,
      replaceView,
      reload,
      shipTo,
      chosenAddressId,
      announceResult,
      resultPending,
    ]
  )
  return (
    <QuoteContext.Provider value={value}>
      {/* Present from the start, so screen readers announce what is put in it. */}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
        {announcement}
      </p>
      {props.children}
    </QuoteContext.Provider>
  )
}
