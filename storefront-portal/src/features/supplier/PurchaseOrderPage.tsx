import type { StorePortalPurchaseOrder } from "@shared/http/purchase-orders"
import { PURCHASE_ORDER_STATUS_LABELS, SUPPLIER_BILL_STATUS_LABELS } from "@shared/procurement"
import { useQueryClient } from "@tanstack/react-query"
import { useParams } from "react-router"
import { formatPostalAddress, type PostalAddressParts } from "@shared/postal-address"
import { useTitle } from "../../components/Layout"
import { formatDate, formatDay, formatMoney } from "../../lib/format"
import { RecordStates } from "../../app/NotFoundCard"
import { DownloadFileButton } from "../../components/DownloadFileButton"
import { AcknowledgeForm, RequestChangeForm } from "./AcknowledgeForms"
import { BillForm } from "./BillForm"
import { purchaseOrderKeys, purchaseOrders, usePurchaseOrder } from "../../lib/data/purchase-orders"
import { supplierBillKeys } from "../../lib/data/supplier-bills"

const BACK = { to: "/account/supplier/purchase-orders", label: "← All purchase orders" }

/**
 * `/account/supplier/purchase-orders/:id`: what the merchant ordered from the
 * active company (lines, quantities received, unit costs, promised dates), its
 * notes and PDF; while it is sent, acknowledging it with a date per line or
 * asking for a change; and its bills, with the form to submit one.
 */
export function PurchaseOrderPage() {
  const { id = "" } = useParams()
  const query = usePurchaseOrder(id)
  const queryClient = useQueryClient()
  const order = query.data?.purchase_order
  useTitle(order ? `Purchase order ${order.number}` : "Purchase order")

  /** The answer of an action is the order now; the lists counted it as it was. */
  const changed = async (fresh?: StorePortalPurchaseOrder) => {
    if (fresh) queryClient.setQueryData(purchaseOrderKeys.detail(id), { purchase_order: fresh })
    else await query.refetch()
    for (const queryKey of [purchaseOrderKeys.lists(), supplierBillKeys.lists()]) {
      await queryClient.invalidateQueries({ queryKey })
    }
  }

  return (
    <RecordStates query={query} what="purchase order" back={BACK}>
      {({ purchase_order: po }) => (
        <>
          <Summary po={po} />
          <Lines po={po} />
          {po.can_acknowledge && (
            <>
              <AcknowledgeForm po={po} onDone={changed} />
              <RequestChangeForm po={po} onDone={changed} />
            </>
          )}
          <Bills po={po} onSubmitted={() => changed()} />
        </>
      )}
    </RecordStates>
  )
}

/** An address of any shape the server gives, as lines. */
function addressLines(address: unknown): string[] {
  if (!address) return []
  if (typeof address === "string") return address.split("\n").filter(Boolean)
  if (typeof address !== "object") return []
  return formatPostalAddress(address as PostalAddressParts, { name: false })
}

function Summary({ po }: { po: StorePortalPurchaseOrder }) {
  const ship = po.ship_to ? [po.ship_to.name, ...addressLines(po.ship_to.address)] : []
  return (
    <section className="card" aria-labelledby="po-title">
      <h1 id="po-title">
        Purchase order {po.number}{" "}
        <span className={`badge po-status status-${po.status}`} data-testid="po-status">
          {PURCHASE_ORDER_STATUS_LABELS[po.status]}
        </span>
      </h1>
      <dl className="facts">
        <div>
          <dt>Total</dt>
          <dd>{formatMoney(po.total, po.currency_code)}</dd>
        </div>
        {po.sent_at && (
          <div>
            <dt>Sent</dt>
            <dd>{formatDate(po.sent_at)}</dd>
          </div>
        )}
        {po.acknowledged_at && (
          <div>
            <dt>Acknowledged</dt>
            <dd>{formatDate(po.acknowledged_at)}</dd>
          </div>
        )}
        {po.received_at && (
          <div>
            <dt>Received</dt>
            <dd>{formatDate(po.received_at)}</dd>
          </div>
        )}
        {po.cancelled_at && (
          <div>
            <dt>Cancelled</dt>
            <dd>{formatDate(po.cancelled_at)}</dd>
          </div>
        )}
        {ship.length > 0 && (
          <div>
            <dt>Deliver to</dt>
            <dd>
              {ship.map((line, index) => (
                <span key={index} className="address-line">
                  {line}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
      {po.notes && (
        <>
          <h2>Notes</h2>
          <p className="pre-wrap" data-testid="po-notes">
            {po.notes}
          </p>
        </>
      )}
      {po.status === "change_requested" && po.change_request && (
        <p className="notice pre-wrap" role="status">
          You asked for a change: {po.change_request}
        </p>
      )}
      {po.declined_change && (
        <div className="notice" role="status" data-testid="declined-change">
          <p>
            <strong>
              {formatDate(po.declined_change.declined_at)}: your change request was declined; the
              order stands as sent.
            </strong>
          </p>
          {po.declined_change.change_request && (
            <p className="pre-wrap">You asked: {po.declined_change.change_request}</p>
          )}
          {po.declined_change.message && (
            <p className="pre-wrap">Their answer: {po.declined_change.message}</p>
          )}
        </div>
      )}
      <div className="button-row">
        <DownloadFileButton
          label="Download PDF"
          file={{ name: `${po.number}.pdf`, fetch: () => purchaseOrders.pdf(po.id) }}
        />
      </div>
    </section>
  )
}

function Lines({ po }: { po: StorePortalPurchaseOrder }) {
  const money = (amount: number) => formatMoney(amount, po.currency_code)
  return (
    <section className="card" aria-labelledby="po-lines-title">
      <h2 id="po-lines-title">Lines</h2>
      <table className="items">
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col" className="num">
              Ordered
            </th>
            <th scope="col" className="num">
              Received
            </th>
            <th scope="col" className="num">
              Unit cost
            </th>
            <th scope="col" className="num">
              Promised
            </th>
          </tr>
        </thead>
        <tbody>
          {po.lines.map((line) => (
            <tr key={line.id}>
              <td data-label="Item">
                <span className="item-title">{line.product_title}</span>
                {line.variant_title && <span className="item-sku"> {line.variant_title}</span>}
                {line.sku && <span className="item-sku"> SKU {line.sku}</span>}
              </td>
              <td className="num" data-label="Ordered">
                {line.quantity}
              </td>
              <td className="num" data-label="Received">
                {line.received_quantity}
              </td>
              <td className="num" data-label="Unit cost">
                {money(line.unit_cost)}
              </td>
              <td className="num" data-label="Promised" data-testid="line-promised">
                {line.promised_at ? formatDay(line.promised_at) : "Not yet"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function Bills({
  po,
  onSubmitted,
}: {
  po: StorePortalPurchaseOrder
  onSubmitted: () => Promise<void>
}) {
  return (
    <section className="card" aria-labelledby="po-bills-title">
      <h2 id="po-bills-title">Bills</h2>
      {po.bills.length ? (
        <ul className="short-list">
          {po.bills.map((bill) => (
            <li key={bill.id}>
              <span>Bill {bill.bill_number}</span>
              <span className={`badge bill-status status-${bill.status}`}>
                {SUPPLIER_BILL_STATUS_LABELS[bill.status]}
              </span>
              <span className="record-amount">{formatMoney(bill.amount, po.currency_code)}</span>
              <span className="hint">
                {bill.due_at ? `Due ${formatDay(bill.due_at)}` : "No due date"}
                {bill.status === "rejected" && bill.rejection_reason
                  ? ` · Rejected: ${bill.rejection_reason}`
                  : ""}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">No bill submitted yet.</p>
      )}
      {po.can_bill && <BillForm po={po} onSubmitted={onSubmitted} />}
    </section>
  )
}
