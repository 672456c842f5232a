import { useSearchParams } from "react-router"

/**
 * A list's filter and page in the address (`?show=due&page=2`), so the
 * dashboard can link to a filtered list and Back returns to the same page.
 */
export function useListParams<F extends string>(filters: Record<F, unknown>, fallback: F) {
  const [params, setParams] = useSearchParams()
  const show = params.get("show")
  const filter = show && show in filters ? (show as F) : fallback
  const page = Math.max(1, Number(params.get("page")) || 1)
  const set = (next: { filter?: F; page?: number }) => {
    const f = next.filter ?? filter
    const p = next.page ?? 1
    const search = new URLSearchParams()
    if (f !== fallback) search.set("show", f)
    if (p > 1) search.set("page", String(p))
    setParams(search)
  }
  return { filter, page, set }
}
