import { can } from "@shared/permissions"
import { useQueryClient } from "@tanstack/react-query"
import { useId, useState } from "react"
import { Link } from "react-router"
import { useTitle } from "../../components/Layout"
import { TotalsRows } from "../../components/TotalsRows"
import { formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"
import { accessOf } from "../../app/access"
import { RecordStates } from "../../app/NotFoundCard"
import { useMe } from "../../lib/data/me"
import { Checkout, QuoteRequest } from "./CartOrdering"
import {
  cartKeys,
  cartTotals,
  removeLine,
  updateLine,
  useCart,
  type PortalCart,
} from "../../lib/data/carts"

/**
 * `/account/catalog/cart`: the company's portal cart on this device, its lines
 * and Medusa's totals for the company (none while prices are hidden); Request a
 * quote with `quotes.request`, Checkout with `orders.place` while the merchant
 * lets the portal place orders (docs/ARCHITECTURE.md, "Quote requests", "Placing
 * orders").
 */
export function CartPage() {
  const t = useT("catalog")
  const tc = useT("common")
  useTitle(tc("account.cart"))
  const { data: me } = useMe()
  const companyId = me?.active_company_id ?? ""
  const query = useCart(companyId)
  return (
    <RecordStates
      query={query}
      texts={{ loading: t("cart.loading"), not_found: t("cart.not_found") }}
      back={{ to: "/account/catalog", label: t("back") }}
    >
      {(cart) =>
        cart?.items?.length ? (
          <>
            <CartView cart={cart} companyId={companyId} />
            {me && <CartActions cart={cart} companyId={companyId} me={me} />}
          </>
        ) : (
          <section className="card" aria-labelledby="cart-title">
            <h1 id="cart-title">{t("your_cart")}</h1>
            <p role="status">{t("cart.empty")}</p>
            <p>
              <Link to="/account/catalog">{t("cart.browse")}</Link>
            </p>
          </section>
        )
      }
    </RecordStates>
  )
}

function CartView({ cart, companyId }: { cart: PortalCart; companyId: string }) {
  const t = useT("catalog")
  const queryClient = useQueryClient()
  const action = useAction()
  const money = (amount: number) => formatMoney(amount, cart.currency_code)
  const priced = typeof cart.total === "number"
  const presented = priced ? cartTotals(cart) : null
  const change = (work: () => Promise<unknown>) =>
    action.run(async () => {
      await work()
      await queryClient.invalidateQueries({ queryKey: cartKeys.detail(companyId) })
    })

  return (
    <>
      <section className="card" aria-labelledby="cart-title">
        <h1 id="cart-title">{t("your_cart")}</h1>
        <table className="items">
          <thead>
            <tr>
              <th scope="col">{t("cart.item")}</th>
              <th scope="col" className="num">
                {t("quantity")}
              </th>
              {presented && (
                <>
                  <th scope="col" className="num">
                    {t("unit_price")}
                  </th>
                  <th scope="col" className="num">
                    {t("cart.total_before_tax")}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {cart.items!.map((item, index) => (
              <tr key={item.id}>
                <td>
                  <span className="item-title">{item.product_title ?? item.title}</span>
                  {item.variant_title && <span className="hint"> · {item.variant_title}</span>}
                  {item.variant_sku && (
                    <span className="item-sku"> · {t("sku_value", { sku: item.variant_sku })}</span>
                  )}
                </td>
                <td className="num" data-label={t("quantity")}>
                  <LineQuantity
                    label={item.product_title ?? item.title}
                    quantity={item.quantity}
                    busy={action.busy}
                    onChange={(quantity) => change(() => updateLine(cart.id, item.id, quantity))}
                    onRemove={() => change(() => removeLine(cart.id, item.id))}
                  />
                </td>
                {presented && (
                  <>
                    <td className="num" data-label={t("unit_price")}>
                      {money(presented.lines[index].unit_price)}
                    </td>
                    <td className="num" data-label={t("cart.total_before_tax")}>
                      {money(presented.lines[index].total)}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {action.error && (
          <p className="error" role="alert">
            {action.error}
          </p>
        )}
      </section>
      <section className="card totals" aria-labelledby="cart-totals-title">
        <h2 id="cart-totals-title">{t("cart.totals")}</h2>
        {presented ? (
          <TotalsRows rows={presented.rows} money={money} testIdPrefix="cart" />
        ) : (
          <p>{t("cart.prices_on_request")}</p>
        )}
      </section>
    </>
  )
}

function CartActions({
  cart,
  companyId,
  me,
}: {
  cart: PortalCart
  companyId: string
  me: NonNullable<ReturnType<typeof useMe>["data"]>
}) {
  const access = accessOf(me)
  const ordering = me.ordering
  const mayOrder =
    can(access, "orders.place") && !!ordering?.allow_place_order && !ordering.hide_prices
  return (
    <>
      {can(access, "quotes.request") && (
        <QuoteRequest
          cart={cart}
          companyId={companyId}
          allowed={ordering?.allow_quote_requests ?? true}
        />
      )}
      {mayOrder && <Checkout cart={cart} companyId={companyId} />}
    </>
  )
}

function LineQuantity({
  label,
  quantity,
  busy,
  onChange,
  onRemove,
}: {
  label: string
  quantity: number
  busy: boolean
  onChange: (quantity: number) => void
  onRemove: () => void
}) {
  const t = useT("catalog")
  const id = useId()
  const [value, setValue] = useState(String(quantity))
  const next = Math.floor(Number(value))
  return (
    <span className="line-quantity">
      <label className="visually-hidden" htmlFor={id}>
        {t("cart.quantity_of", { item: label })}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        step={1}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button
        type="button"
        className="button small"
        disabled={busy || !(next >= 1) || next === quantity}
        onClick={() => onChange(next)}
        aria-label={t("cart.update_item", { item: label })}
      >
        {t("cart.update")}
      </button>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={onRemove}
        aria-label={t("cart.remove_item", { item: label })}
      >
        {t("cart.remove")}
      </button>
    </span>
  )
}
