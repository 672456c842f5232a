// The words of the portal's supplier pages (/account/supplier: purchase orders and bills), in
// English: the source every other language's portal/supplier.ts translates key for key
// (src/shared/i18n/catalog.ts). `{{name}}` is a value filled in on the page; a key with
// `_one`/`_other` forms is read with a `count`. The section's name is portal/common.ts's.
const supplier = {
  // The section's sub-navigation, and a page the contact's teams do not grant.
  nav: {
    purchase_orders: "Purchase orders",
    bills: "Bills",
  },
  denied: {
    purchase_orders:
      "Your teams at {{company}} do not allow you to see purchase orders. Ask your company's portal administrator.",
    bills:
      "Your teams at {{company}} do not allow you to see bills. Ask your company's portal administrator.",
    back: "Back to the supplier pages",
  },
  bill_status: {
    submitted: "Submitted",
    approved: "Approved",
    paid: "Paid",
    rejected: "Rejected",
  },
  // The purchase orders list: heading, states, status filter, each order's line of facts.
  purchase_orders: {
    heading: "Purchase orders of {{company}}",
    loading: "Loading purchase orders…",
    empty: "No purchase orders yet.",
    no_match: "No purchase orders match.",
    filters: {
      all: "All purchase orders",
      sent: "To acknowledge",
      open: "Open (not yet received)",
      received: "Received",
      cancelled: "Cancelled",
    },
    lines_one: "{{count}} line",
    lines_other: "{{count}} lines",
    sent: "Sent {{date}}",
    expected: "Expected {{date}}",
    no_date: "No date promised yet",
  },
  // One purchase order's page: its summary and notes.
  purchase_order: {
    label: "Purchase order {{number}}",
    title: "Purchase order",
    back: "← All purchase orders",
    loading: "Loading the purchase order…",
    not_found: "This purchase order was not found",
    total: "Total",
    sent: "Sent",
    acknowledged: "Acknowledged",
    received: "Received",
    cancelled: "Cancelled",
    deliver_to: "Deliver to",
    notes: "Notes",
    change_requested: "You asked for a change: {{request}}",
    declined: "{{date}}: your change request was declined; the order stands as sent.",
    you_asked: "You asked: {{request}}",
    their_answer: "Their answer: {{message}}",
    download: "Download PDF",
  },
  // Its lines, a table (each cell labelled for phones).
  lines: {
    title: "Lines",
    item: "Item",
    ordered: "Ordered",
    received: "Received",
    unit_cost: "Unit cost",
    promised: "Promised",
    sku: "SKU {{sku}}",
    not_yet: "Not yet",
  },
  // Acknowledging a sent order with a promised date per line.
  acknowledge: {
    title: "Acknowledge this order",
    hint: "Confirm the order and promise a delivery date for each line. The merchant sees the dates.",
    all_lines: "Promised date for all lines",
    per_line: "Promised date per line",
    ordered_one: "({{count}} ordered)",
    ordered_other: "({{count}} ordered)",
    missing_date: "Give a promised date for {{line}}.",
    note: "Note to the merchant (optional)",
    submitting: "Acknowledging…",
    submit: "Acknowledge order",
  },
  // Asking for a change instead.
  request_change: {
    title: "Request a change",
    hint: "Something to change first (quantities, prices, dates)? The merchant revises the order and sends it again.",
    message: "What should change",
    missing_message: "Say what should change.",
    submitting: "Sending…",
    submit: "Request a change",
  },
  // The bills: on a purchase order's page and the bills list.
  bills: {
    title: "Bills",
    label: "Bill {{number}}",
    due: "Due {{date}}",
    no_due_date: "No due date",
    rejected: "Rejected: {{reason}}",
    none: "No bill submitted yet.",
    heading: "Bills of {{company}}",
    loading: "Loading bills…",
    empty: "No bills yet.",
    no_match: "No bills match.",
    filters: {
      all: "All bills",
      submitted: "Awaiting review",
      approved: "Approved",
      paid: "Paid",
      rejected: "Rejected",
    },
    submitted: "Submitted",
    submitted_on: "Submitted {{date}}",
    download: "Download bill {{number}} (PDF)",
  },
  // Submitting a bill for a purchase order.
  bill_form: {
    title: "Submit a bill",
    number: "Bill number",
    amount: "Amount ({{currency}})",
    amount_hint: "Without the currency sign or thousands separators, such as 1234.50.",
    due_date: "Due date",
    file: "Bill (PDF, up to {{size}} MB)",
    missing_number: "Give the bill number.",
    invalid_amount: "Give the amount as a number, such as 1234.50.",
    missing_due_date: "Give the due date.",
    missing_file: "Choose the bill's PDF.",
    too_large: "The PDF is larger than {{size}} MB.",
    not_pdf: "The bill must be a PDF.",
    submitted: "Bill {{number}} submitted. The merchant will review it.",
    submitting: "Submitting…",
    submit: "Submit bill",
  },
}

export default supplier
