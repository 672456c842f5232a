import { useId, useRef } from "react"
import { useNavigate } from "react-router"
import { isConflict } from "../../../lib/api"
import { formatMoney } from "../../../lib/format"
import { useQuote } from "../quote-context"
import { useAction } from "../../../lib/use-action"
import { ShipToPicker } from "./ShippingAddress"

/**
 * Accepting places a real order, so it asks first: a native modal dialog
 * (the rest of the page is inert, Escape cancels, the focus comes back to the
 * button) showing the total, the deposit due and where the order ships, with
 * a choice of the buyer's other addresses. Only "Place order" accepts.
 */
export function AcceptDialog() {
  const {
    api,
    view,
    selected,
    totals,
    flushSelection,
    replaceView,
    reload,
    chosenAddressId,
    announceResult,
  } = useQuote()
  const { quote, branding } = view
  const navigate = useNavigate()
  const dialog = useRef<HTMLDialogElement>(null)
  const { run, busy, error, setError } = useAction()
  const titleId = useId()
  const descriptionId = useId()
  const money = (amount: number) => formatMoney(amount, quote.currency_code)

  const open = () => {
    setError(null)
    dialog.current?.showModal()
  }

  const placeOrder = () =>
    run(
      async () => {
        await flushSelection()
        const answer = await api.accept(selected, chosenAddressId)
        if ("next" in answer) {
          dialog.current?.close()
          navigate("sign")
          return
        }
        const fresh = await api.view()
        dialog.current?.close()
        replaceView(fresh)
        const order = fresh.quote.order
        announceResult(
          `Quote ${quote.number} is accepted.${order ? ` Your order number is ${order.display_id}.` : ""}`
        )
      },
      async (caught) => {
        if (isConflict(caught)) {
          dialog.current?.close()
          await reload()
        }
      }
    )

  return (
    <>
      <button type="button" className="button primary" onClick={open}>
        Accept quote
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        // While the order is being placed, Escape does not hide what is happening.
        onCancel={(event) => busy && event.preventDefault()}
      >
        <h2 id={titleId}>Place your order?</h2>
        <p id={descriptionId}>
          Accepting quote {quote.number} places an order with {branding.name} for the items you
          chose.
        </p>
        <dl className="confirm-facts">
          <div>
            <dt>Total</dt>
            <dd data-testid="confirm-total">{money(totals.total)}</dd>
          </div>
          {totals.deposit_due > 0 && (
            <div>
              <dt>Deposit due on acceptance</dt>
              <dd data-testid="confirm-deposit">{money(totals.deposit_due)}</dd>
            </div>
          )}
          {totals.tax_total > 0 && (
            <div>
              <dt>Of which tax</dt>
              <dd>{money(totals.tax_total)}</dd>
            </div>
          )}
        </dl>
        <ShipToPicker />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button primary" onClick={placeOrder} disabled={busy}>
            {busy ? "Placing the order…" : "Place order"}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => dialog.current?.close()}
            disabled={busy}
          >
            Cancel
          </button>
        </div>
      </dialog>
    </>
  )
}
