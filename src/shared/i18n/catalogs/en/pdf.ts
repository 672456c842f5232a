// The words of the portal's PDFs, in English: the source every other language's pdf.ts
// translates key for key (src/shared/i18n/catalog.ts).
const pdf = {
  layout: {
    page: "Page {{page}} of {{pages}}",
    item: "Item",
    quantity: "Qty",
    unit_price: "Unit price",
    discount: "Discount",
    total: "Total",
  },
  totals: {
    subtotal: "Subtotal",
    discount: "Discounts",
    shipping: "Shipping",
    credit: "Credit",
    tax: "Tax",
    total: "Total",
    paid: "Paid",
    outstanding: "Outstanding",
  },
  invoice: {
    deposit: "Deposit invoice",
    balance: "Balance invoice",
    final: "Invoice",
    bill_to: "Bill to",
    invoice: "Invoice",
    number: "Invoice number: {{number}}",
    status: "Status: {{status}}",
    status_paid: "Paid",
    status_unpaid: "Unpaid",
    status_overdue: "Unpaid (overdue)",
    issued: "Issued: {{date}}",
    due: "Due: {{date}}",
    paid_on: "Paid: {{date}}",
    order: "Order #{{number}}",
    quote: "Quote {{number}}",
    order_lines: "Order lines",
    this_invoice: "This invoice",
    amount: "{{kind}} amount",
    on_the_order: "{{row}} on the order",
    paid_mark: "PAID",
    paid_reference: "PAID · Payment reference: {{reference}}",
    unpaid_mark: "UNPAID · Please pay by {{date}}.",
    footer: "Invoice {{number}}",
  },
}

export default pdf
