import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { PurchaseOrderDetail } from "../../hooks/purchase-orders"
import { formatDate, formatMoney } from "../quotes/format"
import { supplierBillPath } from "./paths"
import { SupplierBillStatusBadge } from "./status-badges"

/** The bills the supplier submitted against the PO, each linking to its page. */
export const PurchaseOrderBillsSection = ({ po }: { po: PurchaseOrderDetail }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Bills</Heading>
    </div>
    {po.bills.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        The supplier has not billed this order yet.
      </Text>
    ) : (
      <ul className="flex flex-col divide-y" aria-label="Bills of the purchase order">
        {po.bills.map((bill) => (
          <li key={bill.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
            <div className="flex flex-col">
              <Link
                to={supplierBillPath(bill.id)}
                className="text-ui-fg-base txt-compact-small-plus underline underline-offset-2"
              >
                Bill {bill.bill_number}
              </Link>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatMoney(bill.amount, po.currency_code)} · due {formatDate(bill.due_at)}
              </Text>
            </div>
            <SupplierBillStatusBadge status={bill.status} />
          </li>
        ))}
      </ul>
    )}
  </Container>
)
