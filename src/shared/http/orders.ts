import type { ClientOrderStatus } from "../order-status"
import type { PostalAddressParts } from "../postal-address"
import type { TotalsRow } from "../totals-presentation"
import type { OneOrMany, PaginatedResponse, PortalQuoteRef } from "./common"
import type { PortalInvoiceColumns } from "./invoices"

// A signed-in contact's orders (docs/ARCHITECTURE.md, "Member API: orders and
// invoices"): /store/portal/orders/**.

/** An order in the contact's list: its totals, client status and quote. */
export type StorePortalOrder = {
  id: string
  display_id: number
  created_at: string
  updated_at: string
  canceled_at: string | null
  currency_code: string
  subtotal: number
  discount_total: number
  shipping_total: number
  tax_total: number
  total: number
  /** Derived from fulfillments (src/shared/order-status.ts). */
  status: ClientOrderStatus
  tracking_numbers: string[]
  quote: PortalQuoteRef | null
}

export type StorePortalOrderLine = {
  title: string
  subtitle: string | null
  variant_sku: string | null
  quantity: number
  unit_price: number
  /** Pre-tax: unit price × quantity. */
  total: number
}

export type StorePortalOrderFulfillment = {
  created_at: string
  packed_at: string | null
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
  labels: {
    tracking_number: string | null
    tracking_url: string | null
    label_url: string | null
  }[]
  items: { title: string; quantity: number }[]
}

/** An order's invoice: its own columns, as the quote page shows them. */
export type StorePortalOrderInvoice = PortalInvoiceColumns

/** One order with its lines, address, shipments, invoices and quote. */
export type StorePortalOrderDetail = StorePortalOrder & {
  email: string | null
  items: StorePortalOrderLine[]
  /** Subtotal, discounts, shipping, tax, total, paid, outstanding (src/shared/totals-presentation.ts). */
  totals: TotalsRow[]
  shipping_address: (PostalAddressParts & { phone?: string | null }) | null
  shipping_methods: { name: string; amount: number }[]
  fulfillments: StorePortalOrderFulfillment[]
  invoices: StorePortalOrderInvoice[]
  has_signed_agreement: boolean
}

export type StorePortalOrderResponse = { order: StorePortalOrderDetail }
export type StorePortalOrderListResponse = PaginatedResponse<{ orders: StorePortalOrder[] }>

export type StorePortalOrderListParams = {
  limit?: number
  offset?: number
  status?: OneOrMany<ClientOrderStatus>
}
