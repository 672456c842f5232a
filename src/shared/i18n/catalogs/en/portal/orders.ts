// The words of the portal's orders pages (the list and an order), in English: the source
// every other language's portal/orders.ts translates key for key (src/shared/i18n/catalog.ts).
// `{{name}}` is a value filled in on the page.
const orders = {
  /** "Order #1001": an order's name in the list, its page and its tab. */
  label: "Order #{{number}}",
  list: {
    heading: "Orders of {{company}}",
    loading: "Loading orders…",
    empty: "No orders yet.",
    no_match: "No orders match.",
    all: "All orders",
    open: "In progress",
    /** The pieces of a row's hint line, joined with " · ". */
    placed_on: "Placed {{date}}",
    from_quote: "from quote {{number}}",
    tracking: "Tracking {{numbers}}",
  },
  order: {
    title: "Order",
    back: "← All orders",
    loading: "Loading the order…",
    not_found: "This order was not found",
    placed: "Placed",
    total: "Total",
    deposit_paid: "Deposit paid",
    balance_paid: "Balance paid",
    quote: "Quote",
    quote_link: "Quote {{number}}",
    none: "None",
    signed_agreement: "Signed agreement",
    yes: "Yes",
    no: "No",
    totals: "Totals",
    invoices: "Invoices",
    no_invoices: "No invoices yet.",
  },
  shipments: {
    title: "Shipments",
    delivered_on: "Delivered {{date}}",
    shipped_on: "Shipped {{date}}",
    being_prepared: "Being prepared",
    track: "Track {{number}}",
    tracking: "Tracking {{number}}",
    none: "Nothing has shipped yet.",
  },
  items: {
    title: "Items",
    item: "Item",
    quantity: "Quantity",
    unit_price: "Unit price",
    total_before_tax: "Total (before tax)",
  },
}

export default orders
