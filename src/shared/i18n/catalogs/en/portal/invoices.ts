// The words of the portal's invoices pages (/account/invoices), in English: the source every
// other language's portal/invoices.ts translates key for key (src/shared/i18n/catalog.ts).
// `{{name}}` is a value filled in on the page. The invoice's label, statuses, paying and the
// PDF button are in portal/common.ts (the quote page shows invoices too).
const invoices = {
  // The list: its heading, states, status filter and each invoice's line of facts.
  list: {
    heading: "Invoices of {{company}}",
    loading: "Loading invoices…",
    empty: "No invoices yet.",
    no_match: "No invoices match.",
    filters: {
      all: "All invoices",
      due: "To pay (unpaid or overdue)",
      overdue: "Overdue",
      paid: "Paid",
    },
    paid: "Paid {{date}}",
    due: "Due {{date}}",
    due_on_receipt: "Due on receipt",
    order: "Order #{{number}}",
    quote: "Quote {{number}}",
  },
  // One invoice's page: its facts and, once paid, the receipt.
  invoice: {
    title: "Invoice",
    back: "← All invoices",
    loading: "Loading the invoice…",
    not_found: "This invoice was not found",
    due: "Due",
    on_receipt: "On receipt",
    order: "Order",
    order_link: "Order #{{number}}",
    no_order: "None",
    quote: "Quote",
    quote_link: "Quote {{number}}",
    no_quote: "None",
    receipt: "Payment received. The PDF is your receipt.",
    receipt_on: "Payment received on {{date}}. The PDF is your receipt.",
  },
}

export default invoices
