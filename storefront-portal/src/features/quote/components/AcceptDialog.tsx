import { useId, useRef } from "react"
import { useNavigate } from "react-router"
import { isConflict } from "../../../lib/api"
import { formatMoney } from "../../../lib/format"
import { useT } from "../../../lib/i18n"
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
  const t = useT("quote")
  const tc = useT("common")
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
          order
            ? t("accept.done_order", { number: quote.number, order: order.display_id })
            : t("accept.done", { number: quote.number })
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
        {t("accept.button")}
      </button>
      <dialog
        ref={dialog}
        className="dialog"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        // While the order is being placed, Escape does not hide what is happening.
        onCancel={(event) => busy && event.preventDefault()}
      >
        <h2 id={titleId}>{t("accept.title")}</h2>
        <p id={descriptionId}>
          {t("accept.text", { number: quote.number, merchant: branding.name })}
        </p>
        <dl className="confirm-facts">
          <div>
            <dt>{t("accept.total")}</dt>
            <dd data-testid="confirm-total">{money(totals.total)}</dd>
          </div>
          {totals.deposit_due > 0 && (
            <div>
              <dt>{t("accept.deposit_due")}</dt>
              <dd data-testid="confirm-deposit">{money(totals.deposit_due)}</dd>
            </div>
          )}
          {totals.tax_total > 0 && (
            <div>
              <dt>{t("accept.tax")}</dt>
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
            {busy ? t("accept.placing") : t("accept.place_order")}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => dialog.current?.close()}
            disabled={busy}
          >
            {tc("actions.cancel")}
          </button>
        </div>
      </dialog>
    </>
  )
}
