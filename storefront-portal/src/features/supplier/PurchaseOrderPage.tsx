import type { StorePortalPurchaseOrder } from "@shared/http/purchase-orders"
import { useQueryClient } from "@tanstack/react-query"
import { useParams } from "react-router"
import { formatPostalAddress, type PostalAddressParts } from "@shared/postal-address"
import { useTitle } from "../../components/Layout"
import { formatDate, formatDay, formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { RecordStates } from "../../app/NotFoundCard"
import { DownloadFileButton } from "../../components/DownloadFileButton"
import { AcknowledgeForm, RequestChangeForm } from "./AcknowledgeForms"
import { BillForm } from "./BillForm"
import { purchaseOrderKeys, purchaseOrders, usePurchaseOrder } from "../../lib/data/purchase-orders"
import { supplierBillKeys } from "../../lib/data/supplier-bills"
import { purchaseOrderStatusLabel } from "../../lib/labels"
import { supplierBillStatusLabel } from "./labels"

/**
 * `/account/supplier/purchase-orders/:id`: what the merchant ordered from the
 * active company (lines, quantities received, unit costs, promised dates), its
 * notes and PDF; while it is sent, acknowledging it with a date per line or
 * asking for a change; and its bills, with the form to submit one.
 */
export function PurchaseOrderPage() {
  const t = useT("supplier")
  const { id = "" } = useParams()
  const query = usePurchaseOrder(id)
  const queryClient = useQueryClient()
  const order = query.data?.purchase_order
  useTitle(order ? t("purchase_order.label", { number: order.number }) : t("purchase_order.title"))

  /** The answer of an action is the order now; the lists counted it as it was. */
  const changed = async (fresh?: StorePortalPurchaseOrder) => {
    if (fresh) queryClient.setQueryData(purchaseOrderKeys.detail(id), { purchase_order: fresh })
    else await query.refetch()
    for (const queryKey of [purchaseOrderKeys.lists(), supplierBillKeys.lists()]) {
      await queryClient.invalidateQueries({ queryKey })
    }
  }

  return (
    <RecordStates
      query={query}
      texts={{ loading: t("purchase_order.loading"), not_found: t("purchase_order.not_found") }}
      back={{ to: "/account/supplier/purchase-orders", label: t("purchase_order.back") }}
    >
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
  const t = useT("supplier")
  const tc = useT("common")
  const ship = po.ship_to ? [po.ship_to.name, ...addressLines(po.ship_to.address)] : []
  return (
    <section className="card" aria-labelledby="po-title">
      <h1 id="po-title">
        {t("purchase_order.label", { number: po.number })}{" "}
        <span className={`badge po-status status-${po.status}`} data-testid="po-status">
          {purchaseOrderStatusLabel(tc, po.status)}
        </span>
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("purchase_order.total")}</dt>
          <dd>{formatMoney(po.total, po.currency_code)}</dd>
        </div>
        {po.sent_at && (
          <div>
            <dt>{t("purchase_order.sent")}</dt>
            <dd>{formatDate(po.sent_at)}</dd>
          </div>
        )}
        {po.acknowledged_at && (
          <div>
            <dt>{t("purchase_order.acknowledged")}</dt>
            <dd>{formatDate(po.acknowledged_at)}</dd>
          </div>
        )}
        {po.received_at && (
          <div>
            <dt>{t("purchase_order.received")}</dt>
            <dd>{formatDate(po.received_at)}</dd>
          </div>
        )}
        {po.cancelled_at && (
          <div>
            <dt>{t("purchase_order.cancelled")}</dt>
            <dd>{formatDate(po.cancelled_at)}</dd>
          </div>
        )}
        {ship.length > 0 && (
          <div>
            <dt>{t("purchase_order.deliver_to")}</dt>
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
          <h2>{t("purchase_order.notes")}</h2>
          <p className="pre-wrap" data-testid="po-notes">
            {po.notes}
          </p>
        </>
      )}
      {po.status === "change_requested" && po.change_request && (
        <p className="notice pre-wrap" role="status">
          {t("purchase_order.change_requested", { request: po.change_request })}
        </p>
      )}
      {po.declined_change && (
        <div className="notice" role="status" data-testid="declined-change">
          <p>
            <strong>
              {t("purchase_order.declined", {
                date: formatDate(po.declined_change.declined_at),
              })}
            </strong>
          </p>
          {po.declined_change.change_request && (
            <p className="pre-wrap">
              {t("purchase_order.you_asked", { request: po.declined_change.change_request })}
            </p>
          )}
          {po.declined_change.message && (
            <p className="pre-wrap">
              {t("purchase_order.their_answer", { message: po.declined_change.message })}
            </p>
          )}
        </div>
      )}
      <div className="button-row">
        <DownloadFileButton
          label={t("purchase_order.download")}
          file={{ name: `${po.number}.pdf`, fetch: () => purchaseOrders.pdf(po.id) }}
        />
      </div>
    </section>
  )
}

function Lines({ po }: { po: StorePortalPurchaseOrder }) {
  const t = useT("supplier")
  const money = (amount: number) => formatMoney(amount, po.currency_code)
  return (
    <section className="card" aria-labelledby="po-lines-title">
      <h2 id="po-lines-title">{t("lines.title")}</h2>
      <table className="items">
        <thead>
          <tr>
            <th scope="col">{t("lines.item")}</th>
            <th scope="col" className="num">
              {t("lines.ordered")}
            </th>
            <th scope="col" className="num">
              {t("lines.received")}
            </th>
            <th scope="col" className="num">
              {t("lines.unit_cost")}
            </th>
            <th scope="col" className="num">
              {t("lines.promised")}
            </th>
          </tr>
        </thead>
        <tbody>
          {po.lines.map((line) => (
            <tr key={line.id}>
              <td data-label={t("lines.item")}>
                <span className="item-title">{line.product_title}</span>
                {line.variant_title && <span className="item-sku"> {line.variant_title}</span>}
                {line.sku && <span className="item-sku"> {t("lines.sku", { sku: line.sku })}</span>}
              </td>
              <td className="num" data-label={t("lines.ordered")}>
                {line.quantity}
              </td>
              <td className="num" data-label={t("lines.received")}>
                {line.received_quantity}
              </td>
              <td className="num" data-label={t("lines.unit_cost")}>
                {money(line.unit_cost)}
              </td>
              <td className="num" data-label={t("lines.promised")} data-testid="line-promised">
                {line.promised_at ? formatDay(line.promised_at) : t("lines.not_yet")}
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
  const t = useT("supplier")
  return (
    <section className="card" aria-labelledby="po-bills-title">
      <h2 id="po-bills-title">{t("bills.title")}</h2>
      {po.bills.length ? (
        <ul className="short-list">
          {po.bills.map((bill) => (
            <li key={bill.id}>
              <span>{t("bills.label", { number: bill.bill_number })}</span>
              <span className={`badge bill-status status-${bill.status}`}>
                {supplierBillStatusLabel(t, bill.status)}
              </span>
              <span className="record-amount">{formatMoney(bill.amount, po.currency_code)}</span>
              <span className="hint">
                {[
                  bill.due_at
                    ? t("bills.due", { date: formatDay(bill.due_at) })
                    : t("bills.no_due_date"),
                  bill.status === "rejected" &&
                    bill.rejection_reason &&
                    t("bills.rejected", { reason: bill.rejection_reason }),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t("bills.none")}</p>
      )}
      {po.can_bill && <BillForm po={po} onSubmitted={onSubmitted} />}
    </section>
  )
}
