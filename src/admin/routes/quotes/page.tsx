import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
} from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import {
  dateCell,
  emphasizedCell,
  ListPage,
  useListState,
  useListTable,
  useUrlFilter,
} from "../../components/common/list-page"
import { CustomerFilter } from "../../components/quotes/customer-filter"
import { createQuotePath, quotePath } from "../../components/quotes/paths"
import { QuoteStatusBadge, quoteStatusLabel } from "../../components/quotes/quote-status-badge"
import { type Quote, QUOTE_STATUSES, type QuoteStatus, useQuotes } from "../../hooks/quotes"
import { customerName, formatDateTime, formatMoney } from "../../lib/format"

const columnHelper = createDataTableColumnHelper<Quote>()

const columns = [
  columnHelper.accessor("number", {
    header: "Quote",
    cell: emphasizedCell,
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <QuoteStatusBadge status={getValue()} />,
  }),
  columnHelper.display({
    id: "customer",
    header: "Customer",
    cell: ({ row }) => {
      const quote = row.original
      const company = quote.customer?.company_name
      return (
        <div className="flex flex-col">
          <span className="text-ui-fg-base">
            {customerName(quote.customer, quote.customer_email)}
          </span>
          <span className="text-ui-fg-subtle">
            {[company, quote.customer_email].filter(Boolean).join(" · ")}
          </span>
        </div>
      )
    },
  }),
  columnHelper.display({
    id: "total",
    header: "Total",
    cell: ({ row }) => formatMoney(row.original.totals?.total, row.original.currency_code),
  }),
  columnHelper.accessor("valid_until", {
    header: "Valid until",
    cell: dateCell,
  }),
  columnHelper.accessor("updated_at", {
    header: "Updated",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

const filterHelper = createDataTableFilterHelper<Quote>()

const filters = [
  filterHelper.accessor("status", {
    type: "multiselect",
    label: "Status",
    searchable: false,
    options: QUOTE_STATUSES.map((status) => ({ label: quoteStatusLabel(status), value: status })),
  }),
]

const asStatuses = (value: unknown): QuoteStatus[] =>
  (Array.isArray(value) ? value : value ? [value] : []) as QuoteStatus[]

const QuotesPage = () => {
  const list = useListState()
  const [customerId, setCustomer] = useUrlFilter("customer_id", list)
  const params = useMemo(
    () => ({
      ...list.page,
      q: list.search,
      status: asStatuses(list.filtering.status),
      customer_id: customerId ?? undefined,
    }),
    [list.page, list.search, list.filtering, customerId]
  )
  const query = useQuotes(params)
  const table = useListTable({
    list,
    columns,
    filters,
    rows: query.data?.quotes,
    count: query.data?.count,
    isLoading: query.isPending,
    withSearch: true,
    pathOf: quotePath,
  })

  return (
    <ListPage
      table={table}
      heading="Quotes"
      description="Offers sent to buyers as a secure link: they pick optional items, accept or sign."
      toolbar={
        <>
          <CustomerFilter customerId={customerId} onChange={setCustomer} />
          <DataTable.FilterMenu tooltip="Filter by status" />
          <DataTable.Search placeholder="Search number or email" />
          <Button size="small" variant="secondary" asChild>
            <Link to={createQuotePath(customerId ?? undefined)}>Create quote</Link>
          </Button>
        </>
      }
      query={query}
      what="The quotes"
      empty={{
        heading: "No quotes yet",
        description:
          "Create a quote for a customer, add products and optional extras, and send them the link.",
      }}
      filtered={{
        heading: "No matching quotes",
        description: "No quote matches the search and filters. Try removing one.",
      }}
    />
  )
}

export const config = defineRouteConfig({ label: "Quotes", icon: DocumentText })

export const handle = { breadcrumb: () => "Quotes" }

export default QuotesPage
