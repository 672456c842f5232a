import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  type DataTableFilteringState,
  type DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { SectionError } from "../../components/common/section-state"
import { CustomerFilter } from "../../components/quotes/customer-filter"
import {
  customerName,
  formatDate,
  formatDateTime,
  formatMoney,
} from "../../components/quotes/format"
import { createQuotePath, quotePath } from "../../components/quotes/paths"
import { QuoteStatusBadge, quoteStatusLabel } from "../../components/quotes/quote-status-badge"
import { type Quote, QUOTE_STATUSES, type QuoteStatus, useQuotes } from "../../hooks/quotes"

const PAGE_SIZE = 20

const columnHelper = createDataTableColumnHelper<Quote>()

const columns = [
  columnHelper.accessor("number", {
    header: "Quote",
    cell: ({ getValue }) => <span className="text-ui-fg-base font-medium">{getValue()}</span>,
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
    cell: ({ getValue }) => formatDate(getValue()),
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
  const navigate = useNavigate()
  const [searchParams, setSearchParams] = useSearchParams()
  const customerId = searchParams.get("customer_id")
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const firstPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))

  const params = useMemo(
    () => ({
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search,
      status: asStatuses(filtering.status),
      customer_id: customerId ?? undefined,
    }),
    [pagination, search, filtering, customerId]
  )
  const { data, isPending, isError, error, refetch } = useQuotes(params)

  const table = useDataTable({
    columns,
    filters,
    data: data?.quotes ?? [],
    getRowId: (quote) => quote.id,
    rowCount: data?.count ?? 0,
    isLoading: isPending,
    pagination: { state: pagination, onPaginationChange: setPagination },
    filtering: {
      state: filtering,
      onFilteringChange: (state) => {
        setFiltering(state)
        firstPage()
      },
    },
    search: {
      state: search,
      onSearchChange: (value) => {
        setSearch(value)
        firstPage()
      },
    },
    onRowClick: (_event, quote) => navigate(quotePath(quote.id)),
  })

  const setCustomer = (id: string | null) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (id) next.set("customer_id", id)
        else next.delete("customer_id")
        return next
      },
      { replace: true }
    )
    firstPage()
  }

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>Quotes</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Offers sent to buyers as a secure link: they pick optional items, accept or sign.
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <CustomerFilter customerId={customerId} onChange={setCustomer} />
            <DataTable.FilterMenu tooltip="Filter by status" />
            <DataTable.Search placeholder="Search number or email" />
            <Button size="small" variant="secondary" asChild>
              <Link to={createQuotePath(customerId ?? undefined)}>Create quote</Link>
            </Button>
          </div>
        </DataTable.Toolbar>
        {isError ? (
          <SectionError what="The quotes" error={error} onRetry={refetch} centered />
        ) : (
          <>
            <DataTable.Table
              emptyState={{
                empty: {
                  heading: "No quotes yet",
                  description:
                    "Create a quote for a customer, add products and optional extras, and send them the link.",
                },
                filtered: {
                  heading: "No matching quotes",
                  description: "No quote matches the search and filters. Try removing one.",
                },
              }}
            />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Quotes", icon: DocumentText })

export const handle = { breadcrumb: () => "Quotes" }

export default QuotesPage
