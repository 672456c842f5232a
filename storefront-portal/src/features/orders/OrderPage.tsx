import type { StorePortalOrderDetail } from "@shared/http/orders"
import { Link, useParams } from "react-router"
import { RecordDocumentsCard } from "../../components/RecordDocuments"
import { useTitle } from "../../components/Layout"
import { TotalsRows } from "../../components/TotalsRows"
import { RecordStates } from "../../app/NotFoundCard"
import { useOrder } from "../../lib/data/orders"
import { formatDate, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { invoiceLabel, invoiceStatusLabel, orderStatusLabel } from "../../lib/labels"

/**
 * `/account/orders/:id`: the order's client status, lines and amounts, what
 * its invoices paid (deposit, balance), the shipments with their tracking, and
 * the quote and signed agreement it came from, and the documents staff attached to it.
 */
export function OrderPage() {
  const t = useT("orders")
  const { id = "" } = useParams()
  const query = useOrder(id)
  const order = query.data?.order
  useTitle(order ? t("label", { number: order.display_id }) : t("order.title"))

  return (
    <RecordStates
      query={query}
      texts={{ loading: t("order.loading"), not_found: t("order.not_found") }}
      back={{ to: "/account/orders", label: t("order.back") }}
    >
      {({ order }) => <OrderView order={order} />}
    </RecordStates>
  )
}

function OrderView({ order: o }: { order: StorePortalOrderDetail }) {
  const t = useT("orders")
  const tc = useT("common")
  const money = (amount: number) => formatMoney(amount, o.currency_code)
  const paid = (kind: "deposit" | "final") =>
    o.invoices
      .filter((invoice) => invoice.kind === kind && invoice.status === "paid")
      .reduce((sum, invoice) => sum + invoice.amount, 0)
  const shipments = o.fulfillments.filter((fulfillment) => !fulfillment.canceled_at)
  return (
    <>
      <section className="card" aria-labelledby="order-title">
        <h1 id="order-title">
          {t("label", { number: o.display_id })}{" "}
          <span className={`badge status-${o.status}`}>{orderStatusLabel(tc, o.status)}</span>
        </h1>
        <dl className="facts">
          <div>
            <dt>{t("order.placed")}</dt>
            <dd>{formatDate(o.created_at)}</dd>
          </div>
          <div>
            <dt>{t("order.total")}</dt>
            <dd>{money(o.total)}</dd>
          </div>
          <div>
            <dt>{t("order.deposit_paid")}</dt>
            <dd data-testid="deposit-paid">{money(paid("deposit"))}</dd>
          </div>
          <div>
            <dt>{t("order.balance_paid")}</dt>
            <dd>{money(paid("final"))}</dd>
          </div>
          <div>
            <dt>{t("order.quote")}</dt>
            <dd>
              {o.quote ? (
                <Link to={`/account/quotes/${o.quote.id}`}>
                  {t("order.quote_link", { number: o.quote.number })}
                </Link>
              ) : (
                t("order.none")
              )}
            </dd>
          </div>
          <div>
            <dt>{t("order.signed_agreement")}</dt>
            <dd>{o.has_signed_agreement ? t("order.yes") : t("order.no")}</dd>
          </div>
        </dl>
      </section>
      <Items order={o} />
      <section className="card totals" aria-labelledby="order-totals-title">
        <h2 id="order-totals-title">{t("order.totals")}</h2>
        <TotalsRows rows={o.totals} money={money} testIdPrefix="order" />
      </section>
      <section className="card" aria-labelledby="shipments-title">
        <h2 id="shipments-title">{t("shipments.title")}</h2>
        {shipments.length ? (
          <ul className="short-list">
            {shipments.map((shipment, index) => (
              <li key={index}>
                <span>
                  {shipment.delivered_at
                    ? t("shipments.delivered_on", { date: formatDate(shipment.delivered_at) })
                    : shipment.shipped_at
                      ? t("shipments.shipped_on", { date: formatDate(shipment.shipped_at) })
                      : t("shipments.being_prepared")}
                </span>
                <span className="tracking">
                  {shipment.labels
                    .filter((label) => label.tracking_number)
                    .map((label) =>
                      label.tracking_url ? (
                        <a key={label.tracking_number} href={label.tracking_url} rel="noreferrer">
                          {t("shipments.track", { number: label.tracking_number! })}
                        </a>
                      ) : (
                        <span key={label.tracking_number}>
                          {t("shipments.tracking", { number: label.tracking_number! })}
                        </span>
                      )
                    )}
                </span>
                <span className="hint">
                  {shipment.items.map((item) => `${item.quantity} × ${item.title}`).join(", ")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t("shipments.none")}</p>
        )}
      </section>
      <section className="card" aria-labelledby="order-invoices-title">
        <h2 id="order-invoices-title">{t("order.invoices")}</h2>
        {o.invoices.length ? (
          <ul className="short-list">
            {o.invoices.map((invoice) => (
              <li key={invoice.id}>
                <Link to={`/account/invoices/${invoice.id}`}>{invoiceLabel(tc, invoice)}</Link>
                <span className={`badge status-${invoice.status}`}>
                  {invoiceStatusLabel(tc, invoice.status)}
                </span>
                <span className="record-amount">{money(invoice.amount)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">{t("order.no_invoices")}</p>
        )}
      </section>
      <RecordDocumentsCard attached_to="order" attached_id={o.id} />
    </>
  )
}

function Items({ order }: { order: StorePortalOrderDetail }) {
  const t = useT("orders")
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title">{t("items.title")}</h2>
      <table className="items">
        <thead>
          <tr>
            <th scope="col">{t("items.item")}</th>
            <th scope="col" className="num">
              {t("items.quantity")}
            </th>
            <th scope="col" className="num">
              {t("items.unit_price")}
            </th>
            <th scope="col" className="num">
              {t("items.total_before_tax")}
            </th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item, index) => (
            <tr key={index}>
              <td data-label={t("items.item")}>
                <span className="item-title">{item.title}</span>
                {item.variant_sku && <span className="item-sku"> {item.variant_sku}</span>}
              </td>
              <td className="num" data-label={t("items.quantity")}>
                {item.quantity}
              </td>
              <td className="num" data-label={t("items.unit_price")}>
                {money(item.unit_price)}
              </td>
              <td className="num" data-label={t("items.total_before_tax")}>
                {money(item.total)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
