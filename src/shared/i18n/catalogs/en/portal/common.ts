// The words every page of the storefront portal shares (its frame, lists, records, errors,
// statuses), in English: the source every other language's portal/common.ts translates key
// for key (src/shared/i18n/catalog.ts). `{{name}}` is a value filled in on the page; a key
// with `_one`/`_other` forms is read with a `count`.
const common = {
  frame: {
    skip: "Skip to content",
    client_portal: "Client portal",
    quote: "Quote",
    title: "{{page}} · {{merchant}} portal",
    title_no_merchant: "{{page}} · Client portal",
  },
  status: {
    loading: "Loading…",
    loading_quote: "Loading your quote…",
    loading_account: "Loading your account…",
    link_unavailable_title: "This link is not available",
    link_unavailable_text:
      "The link may have been replaced by a newer one, or copied incompletely. Ask the person who sent it to you for a new link.",
    error_title: "Something went wrong",
    try_again: "Try again",
    trying_again: "Trying again…",
  },
  errors: {
    check_following: "Please check the following:",
    too_many: "Too many attempts. Wait a minute and try again.",
    server: "The server had a problem. Try again.",
    failed: "That did not work. Try again.",
    offline: "We could not reach the server. Check your connection and try again.",
    not_a_contact:
      "This login is not a portal contact of any company. Ask the company that invited you to check your access.",
    unsupported_step:
      "This login needs a step the portal does not offer. Ask the merchant for help.",
  },
  fields: {
    first_name: "First name",
    last_name: "Last name",
    email: "Email",
  },
  list: {
    show: "Show",
    previous: "Previous",
    next: "Next",
    range: "{{first}}–{{last}} of {{count}}",
    pages: "{{list}} pages",
  },
  record: {
    not_found_text:
      "It may belong to another of your companies (switch company above), or the link is incomplete.",
    page_not_found: "Page not found",
    page_not_found_title: "This page does not exist",
    page_not_found_text: "The address may be mistyped or out of date.",
    back_to_overview: "Back to the overview",
    back_to_catalog: "Back to the catalog",
  },
  account: {
    nav: "Account",
    overview: "Overview",
    profile: "Profile",
    company: "Company",
    sign_out: "Sign out",
    signing_out: "Signing out…",
    no_access_title: "You have no portal access",
    no_access_text:
      "Your login is not (or no longer) a contact of a company with portal access. Ask the company that invited you.",
    section_off: "This section is not offered in this portal.",
    section_denied:
      "Your teams at {{company}} do not allow you to see this section. Ask your company's portal administrator.",
    cart: "Cart",
    cart_denied:
      "Your teams at {{company}} let you browse the catalog, not order from it. Ask your company's portal administrator.",
  },
  sections: {
    catalog: "Catalog",
    quotes: "Quotes",
    orders: "Orders",
    invoices: "Invoices",
    documents: "Documents",
    "work-requests": "Work requests",
    conversations: "Conversations",
    supplier: "Supplier",
  },
  order_status: {
    placed: "Placed",
    processing: "Being prepared",
    shipped: "Shipped",
    delivered: "Delivered",
    cancelled: "Cancelled",
  },
  purchase_order_status: {
    draft: "Draft",
    sent: "Sent",
    change_requested: "Change requested",
    acknowledged: "Acknowledged",
    partially_received: "Partially received",
    received: "Received",
    cancelled: "Cancelled",
  },
  invoice_status: {
    unpaid: "Unpaid",
    overdue: "Overdue",
    paid: "Paid",
    void: "Void",
  },
  invoice: {
    label: "Invoice {{number}}",
    deposit_label: "Deposit invoice {{number}}",
    download: "Download {{invoice}} (PDF)",
    confirm_paying: "Confirm paying {{invoice}}",
    pay_deposit: "Pay deposit",
    pay_invoice: "Pay invoice",
    paying: "Paying…",
    no_online_payment: "Online payment is not available; pay by bank transfer.",
    loading_payment_form: "Loading the payment form…",
    paid_on: "Paid on {{date}}. Thank you.",
    due: "Due {{date}}",
    pay_question: "Pay {{amount}} now?",
    pay_amount: "Pay {{amount}}",
  },
  actions: {
    cancel: "Cancel",
  },
  payment: {
    pay_now: "Pay now",
    failed: "The payment did not go through.",
    not_recorded: "The payment went through but we could not record it yet. Reload in a minute.",
    not_configured: "Card payment is not configured.",
  },
  download: {
    preparing_pdf: "Preparing PDF…",
  },
  totals: {
    subtotal: "Subtotal",
    discount: "Discounts",
    shipping: "Shipping",
    credit: "Credit",
    tax: "Tax",
    total: "Total",
    deposit: "Deposit",
    paid: "Paid",
    outstanding: "Outstanding",
  },
  expires: {
    today: "Expires today",
    tomorrow: "Expires tomorrow",
    in_days_one: "Expires in {{count}} day",
    in_days_other: "Expires in {{count}} days",
  },
}

export default common
