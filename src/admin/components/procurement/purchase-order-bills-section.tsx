import { Container, Heading, Text } from "@medusajs/ui"
import type { PurchaseOrderDetail } from "../../hooks/purchase-orders"
import { formatDate, formatMoney } from "../../lib/format"
import { LinkedRecords } from "../common/linked-records"
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
      <LinkedRecords
        label="Bills of the purchase order"
        records={po.bills.map((bill) => ({
          id: bill.id,
          to: supplierBillPath(bill.id),
          title: `Bill ${bill.bill_number}`,
          detail: `${formatMoney(bill.amount, po.currency_code)} · due ${formatDate(bill.due_at)}`,
          status: <SupplierBillStatusBadge status={bill.status} />,
        }))}
      />
    )}
  </Container>
)
