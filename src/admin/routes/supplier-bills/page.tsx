import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Receipt } from "@medusajs/icons"
import { createDataTableColumnHelper, DataTable } from "@medusajs/ui"
import { useMemo } from "react"
import {
  SUPPLIER_BILL_STATUS_LABELS,
  SUPPLIER_BILL_STATUSES,
  type SupplierBillStatus,
} from "../../../shared/procurement"
import {
  dateCell,
  emphasizedCell,
  ListPage,
  statusFilter,
  useListState,
  useListTable,
  useUrlFilter,
} from "../../components/common/list-page"
import { supplierBillPath } from "../../components/procurement/paths"
import { SupplierBillStatusBadge } from "../../components/procurement/status-badges"
import { SupplierFilter } from "../../components/procurement/supplier-filter"
import { supplierNameCell } from "../../components/procurement/supplier-link"
import { type SupplierBill, useSupplierBills } from "../../hooks/supplier-bills"
import { formatMoney } from "../../lib/format"

const columnHelper = createDataTableColumnHelper<SupplierBill>()

const columns = [
  columnHelper.accessor("bill_number", {
    header: "Bill",
    cell: emphasizedCell,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <SupplierBillStatusBadge status={getValue()} />,
  }),
  columnHelper.display({
    id: "supplier",
    header: "Supplier",
    cell: supplierNameCell,
  }),
  columnHelper.display({
    id: "purchase_order",
    header: "Purchase order",
    cell: ({ row }) => row.original.purchase_order?.number ?? "–",
  }),
  columnHelper.display({
    id: "amount",
    header: "Amount",
    cell: ({ row }) => formatMoney(row.original.amount, row.original.currency_code),
  }),
  columnHelper.accessor("due_at", {
    header: "Due",
    cell: dateCell,
  }),
  columnHelper.accessor("created_at", {
    header: "Submitted",
    cell: dateCell,
  }),
]

const filters = [statusFilter(SUPPLIER_BILL_STATUSES, SUPPLIER_BILL_STATUS_LABELS)]

/** Bills suppliers submitted against purchase orders, to review, approve and pay. */
const SupplierBillsPage = () => {
  const list = useListState()
  const [supplierId, setSupplier] = useUrlFilter("supplier_company_id", list)
  const params = useMemo(
    () => ({
      ...list.page,
      status: (list.filtering.status as SupplierBillStatus | undefined) || undefined,
      supplier_company_id: supplierId ?? undefined,
    }),
    [list.page, list.filtering, supplierId]
  )
  const query = useSupplierBills(params)
  const table = useListTable({
    list,
    columns,
    filters,
    rows: query.data?.supplier_bills,
    count: query.data?.count,
    isLoading: query.isPending,
    pathOf: supplierBillPath,
  })

  return (
    <ListPage
      table={table}
      heading="Supplier bills"
      description="Bills your suppliers submitted in the portal against purchase orders."
      toolbar={
        <>
          <SupplierFilter supplierId={supplierId} onChange={setSupplier} />
          <DataTable.FilterMenu tooltip="Filter by status" />
        </>
      }
      query={query}
      what="The supplier bills"
      empty={{
        heading: "No supplier bills yet",
        description:
          "Suppliers submit their bills as PDFs in the portal once they have acknowledged a purchase order.",
      }}
      filtered={{ heading: "No matching bills", description: "No bill matches the filters." }}
    />
  )
}

export const config = defineRouteConfig({ label: "Supplier bills", icon: Receipt })

export const handle = { breadcrumb: () => "Supplier bills" }

export default SupplierBillsPage
