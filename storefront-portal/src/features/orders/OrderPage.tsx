import type { StorePortalOrderDetail } from "@shared/http/orders"
import { Link, useParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { TotalsRows } from "../../components/TotalsRows"
import { RecordStates } from "../../app/NotFoundCard"
import { useOrder } from "../../lib/data/orders"
import { formatDate, formatMoney } from "../../lib/format"
import { INVOICE_STATUS_LABEL, invoiceLabel, ORDER_STATUS_LABEL } from "../../lib/labels"

const BACK = { to: "/account/orders", label: "← All orders" }

/**
 * `/account/orders/:id`: the order's client status, lines and amounts, what
 * its invoices paid (deposit, balance), the shipments with their tracking, and
 * the quote and signed agreement it came from.
 */
export function OrderPage() {
  const { id = "" } = useParams()
  const query = useOrder(id)
  const order = query.data?.order
  useTitle(order ? `Order #${order.display_id}` : "Order")

  return (
    <RecordStates query={query} what="order" back={BACK}>
      {({ order }) => <OrderView order={order} />}
    </RecordStates>
  )
}

function OrderView({ order: o }: { order: StorePortalOrderDetail }) {
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
          Order #{o.display_id}{" "}
          <span className={`badge status-${o.status}`}>{ORDER_STATUS_LABEL[o.status]}</span>
        </h1>
        <dl className="facts">
          <div>
            <dt>Placed</dt>
            <dd>{formatDate(o.created_at)}</dd>
          </div>
          <div>
            <dt>Total</dt>
            <dd>{money(o.total)}</dd>
          </div>
          <div>
            <dt>Deposit paid</dt>
            <dd data-testid="deposit-paid">{money(paid("deposit"))}</dd>
          </div>
          <div>
            <dt>Balance paid</dt>
            <dd>{money(paid("final"))}</dd>
          </div>
          <div>
            <dt>Quote</dt>
            <dd>
              {o.quote ? (
                <Link to={`/account/quotes/${o.quote.id}`}>Quote {o.quote.number}</Link>
              ) : (
                "None"
              )}
            </dd>
          </div>
          <div>
            <dt>Signed agreement</dt>
            <dd>{o.has_signed_agreement ? "Yes" : "No"}</dd>
          </div>
        </dl>
      </section>
      <Items order={o} />
      <section className="card totals" aria-labelledby="order-totals-title">
        <h2 id="order-totals-title">Totals</h2>
        <TotalsRows rows={o.totals} money={money} testIdPrefix="order" />
      </section>
      <section className="card" aria-labelledby="shipments-title">
        <h2 id="shipments-title">Shipments</h2>
        {shipments.length ? (
          <ul className="short-list">
            {shipments.map((shipment, index) => (
              <li key={index}>
                <span>
                  {shipment.delivered_at
                    ? `Delivered ${formatDate(shipment.delivered_at)}`
                    : shipment.shipped_at
                      ? `Shipped ${formatDate(shipment.shipped_at)}`
                      : "Being prepared"}
                </span>
                <span className="tracking">
                  {shipment.labels
                    .filter((label) => label.tracking_number)
                    .map((label) =>
                      label.tracking_url ? (
                        <a key={label.tracking_number} href={label.tracking_url} rel="noreferrer">
                          Track {label.tracking_number}
                        </a>
                      ) : (
                        <span key={label.tracking_number}>Tracking {label.tracking_number}</span>
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
          <p className="hint">Nothing has shipped yet.</p>
        )}
      </section>
      <section className="card" aria-labelledby="order-invoices-title">
        <h2 id="order-invoices-title">Invoices</h2>
        {o.invoices.length ? (
          <ul className="short-list">
            {o.invoices.map((invoice) => (
              <li key={invoice.id}>
                <Link to={`/account/invoices/${invoice.id}`}>{invoiceLabel(invoice)}</Link>
                <span className={`badge status-${invoice.status}`}>
                  {INVOICE_STATUS_LABEL[invoice.status]}
                </span>
                <span className="record-amount">{money(invoice.amount)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="hint">No invoices yet.</p>
        )}
      </section>
    </>
  )
}

function Items({ order }: { order: StorePortalOrderDetail }) {
  const money = (amount: number) => formatMoney(amount, order.currency_code)
  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title">Items</h2>
      <table className="items">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Quantity
            </th>
            <th scope="col" className="num">
              Unit price
            </th>
            <th scope="col" className="num">
              Total (before tax)
            </th>
          </tr>
        </thead>
        <tbody>
          {order.items.map((item, index) => (
            <tr key={index}>
              <td data-label="Item">
                <span className="item-title">{item.title}</span>
                {item.variant_sku && <span className="item-sku"> {item.variant_sku}</span>}
              </td>
              <td className="num" data-label="Quantity">
                {item.quantity}
              </td>
              <td className="num" data-label="Unit price">
                {money(item.unit_price)}
              </td>
              <td className="num" data-label="Total (before tax)">
                {money(item.total)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
