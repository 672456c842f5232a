import { useEffect, useState } from "react"
import { Link } from "react-router"
import { config } from "../../../lib/config"
import { memberQuoteByNumber } from "../../../lib/data/quote-links"
import { useT } from "../../../lib/i18n"

/**
 * A quote link opened by a signed-in contact whose active company has the
 * quote offers the portal's page for it. Asked only when a login token is
 * stored (JWT mode), so anonymous link holders send nothing more; the list is
 * asked, not the quote, which would record a view.
 */
export function OpenInPortal({ quote }: { quote: { id: string; number: string } }) {
  const t = useT("quote")
  const [found, setFound] = useState(false)
  useEffect(() => {
    let live = true
    void (async () => {
      if (config.authType !== "jwt") return
      // Loaded only here, after the page: the link's page loads without the member client.
      const { memberSdk } = await import("../../../lib/member-api")
      if (!(await memberSdk.client.getToken())) return
      try {
        const mine = await memberQuoteByNumber(quote.number)
        if (live) setFound(mine?.id === quote.id)
      } catch {
        // Not a contact of this quote's company, or signed out: the link page is all there is.
      }
    })()
    return () => {
      live = false
    }
  }, [quote.id, quote.number])
  if (!found) return null
  return (
    <p className="notice">
      {t("link.signed_in")}{" "}
      <Link to={`/account/quotes/${encodeURIComponent(quote.id)}`}>{t("link.open_in_portal")}</Link>
    </p>
  )
}
