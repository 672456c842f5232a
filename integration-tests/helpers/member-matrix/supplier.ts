import { billForm, pdfBytes } from "../procurement"
import { type MatrixEntry, type MatrixFixtures, supplierRoute } from "./types"

const po = (id: string) => ({ id })
const readPo = {
  params: (fixtures: MatrixFixtures) => po(fixtures.supplier.purchase_order_id),
  foreign: (fixtures: MatrixFixtures) => po(fixtures.foreign.purchase_order_id),
}
const bill = {
  params: (fixtures: MatrixFixtures) => ({ id: fixtures.supplier.bill_id }),
  foreign: (fixtures: MatrixFixtures) => ({ id: fixtures.foreign.supplier_bill_id }),
}

/** The supplier side: purchase orders sent to the company and the bills it submits. */
export const SUPPLIER_ROUTES: Record<string, MatrixEntry> = {
  "GET /store/portal/purchase-orders": { expect: supplierRoute(200) },
  "GET /store/portal/purchase-orders/:id": { expect: supplierRoute(200), ...readPo },
  "GET /store/portal/purchase-orders/:id/pdf": { expect: supplierRoute(200), ...readPo },
  "POST /store/portal/purchase-orders/:id/acknowledge": {
    expect: supplierRoute(200),
    params: (fixtures) => po(fixtures.supplier.acknowledge.purchase_order_id),
    foreign: (fixtures) => po(fixtures.foreign.purchase_order_id),
    body: (fixtures) => ({ lines: fixtures.supplier.acknowledge.lines }),
  },
  "POST /store/portal/purchase-orders/:id/request-change": {
    expect: supplierRoute(200),
    params: (fixtures) => po(fixtures.supplier.change_purchase_order_id),
    foreign: (fixtures) => po(fixtures.foreign.purchase_order_id),
    body: () => ({ message: "Can we deliver in two parts?" }),
  },
  "GET /store/portal/supplier-bills": { expect: supplierRoute(200) },
  // Multipart; another company's PO named in it is a 404 (supplier-portal.spec.ts).
  "POST /store/portal/supplier-bills": {
    expect: supplierRoute(201),
    body: (fixtures) =>
      billForm(
        {
          purchase_order_id: fixtures.supplier.billable_purchase_order_id,
          bill_number: "MATRIX-1",
          amount: "99.50",
          due_date: "2030-01-31",
        },
        { bytes: pdfBytes("matrix") }
      ),
  },
  "GET /store/portal/supplier-bills/:id": { expect: supplierRoute(200), ...bill },
  "GET /store/portal/supplier-bills/:id/pdf": { expect: supplierRoute(200), ...bill },
}
