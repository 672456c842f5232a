import type { StorePortalQuoteAddress } from "@shared/http/quotes"
import { formatQuoteAddress, type QuoteShippingAddress } from "@shared/quote-address"
import { useId, useState } from "react"
import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"
import { useT } from "../../../lib/i18n"

const asQuoteAddress = (address: StorePortalQuoteAddress): QuoteShippingAddress => ({
  ...address,
  customer_address_id: address.id,
  phone: null,
})

/** An address, one line per part, as the order will carry it. */
export function AddressLines({ address }: { address: QuoteShippingAddress | null }) {
  const t = useT("quote")
  const lines = formatQuoteAddress(address)
  if (!lines.length) return <span className="muted">{t("ship_to.none")}</span>
  return (
    <span className="address">
      {lines.map((line, index) => (
        <span key={index} className="address-line">
          {line}
        </span>
      ))}
    </span>
  )
}

/**
 * Where the order ships: the quote's address, and when the buyer has others,
 * a choice among them. Picking one asks the server to reprice (tax follows the
 * address) and shows its answer; the total on the page follows.
 */
export function ShipToPicker() {
  const { view, shipTo } = useQuote()
  const { quote } = view
  const addresses = quote.customer?.addresses ?? []
  const current = quote.shipping_address?.customer_address_id ?? null
  const [picked, setPicked] = useState<string | null>(current)
  const { run, busy, error } = useAction()
  const t = useT("quote")
  const legendId = useId()
  const statusId = useId()

  if (addresses.length < 2) {
    return (
      <div className="ship-to">
        <p className="ship-to-label" id={legendId}>
          {t("ship_to.label")}
        </p>
        <p className="ship-to-address" aria-labelledby={legendId} data-testid="ship-to">
          <AddressLines address={quote.shipping_address} />
        </p>
      </div>
    )
  }

  const choose = (id: string) => {
    setPicked(id)
    void run(
      () => shipTo(id),
      () => setPicked(current)
    )
  }

  return (
    <fieldset className="ship-to" aria-describedby={statusId} aria-busy={busy}>
      <legend className="ship-to-label">{t("ship_to.label")}</legend>
      <div className="address-choices">
        {addresses.map((address) => (
          <label key={address.id} className="address-choice">
            <input
              type="radio"
              name={`${legendId}-address`}
              value={address.id}
              checked={(picked ?? current) === address.id}
              disabled={busy}
              onChange={() => choose(address.id)}
            />
            <AddressLines address={asQuoteAddress(address)} />
          </label>
        ))}
      </div>
      <p id={statusId} className="hint" role="status">
        {busy ? t("ship_to.updating") : ""}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
