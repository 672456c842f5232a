// The words of the portal's quote pages (a quote link's page and sign step, and the
// account's list of quotes and quote page), in English: the source every other language's
// portal/quote.ts translates key for key (src/shared/i18n/catalog.ts). `{{name}}` is a value
// filled in on the page; a value may be shown as an element (a bold amount, an address).
const quote = {
  // The quote page, whatever its state.
  page: {
    title: "Quote {{number}}",
    decision: "Your decision",
    view_only:
      "You can read this quote. Accepting or declining it is up to a colleague whose team may decide on quotes.",
    download_pdf: "Download PDF",
    download_signed_pdf: "Download signed PDF",
    selection_not_saved:
      "Your choice of options was not saved. Check your connection; it is sent again when you accept.",
    review_and_sign: "Review and sign",
    opening_agreement: "Opening the agreement…",
    signing_online: "Accepting this quote means signing its agreement online.",
    terms: "Terms",
  },
  // The top of an open quote.
  summary: {
    from: "From {{merchant}}",
    prepared_for: "Prepared for",
    valid_until: "Valid until",
  },
  // An accepted quote's result.
  accepted: {
    title: "Quote {{number}} is accepted",
    order: "Order {{number}}",
    order_number: "#{{number}}",
    signed_you:
      "Signed by {{name}} on {{date}}. A copy of the signed agreement was emailed to you.",
    signed_signer:
      "Signed by {{name}} on {{date}}. A copy of the signed agreement was emailed to {{name}}.",
    accepted_on: "Accepted on {{date}}. We have started on your order.",
    accepted: "Accepted. We have started on your order.",
    ships_to: "Ships to {{address}}",
  },
  // A quote requested from the cart, before the merchant sends it.
  requested: {
    being_prepared_title: "Quote {{number}}: Being prepared",
    awaiting_title: "Quote {{number}}: Awaiting the merchant",
    being_prepared_text:
      "{{merchant}} is preparing this quote and will send it to you; the lines may change until then. You can add a message below meanwhile.",
    awaiting_text:
      "You asked {{merchant}} for a quote. They will price it and send it to you; you can add a message below meanwhile.",
  },
  // Expired, declined or withdrawn.
  closed: {
    expired_title: "This quote has expired",
    declined_title: "Quote {{number}} was declined",
    withdrawn_title: "Quote {{number}} was withdrawn",
    expired_text:
      "Quote {{number}} was valid until {{date}}. Ask {{merchant}} below for a new one.",
    expired_text_no_date:
      "Quote {{number}} was valid until its end date. Ask {{merchant}} below for a new one.",
    declined_text_on: "You declined it on {{date}}.",
    declined_text: "You declined it.",
    withdrawn_text: "{{merchant}} withdrew this quote. Ask below if you have questions.",
  },
  // The quote's lines, on the quote and in the agreement.
  items: {
    title: "Items",
    optional_hint: "Optional items are marked; tick the ones you want and the total updates.",
    item: "Item",
    quantity: "Quantity",
    unit_price: "Unit price",
    total: "Total",
    was: "was {{price}}",
    not_included: "(not included)",
    optional: "Optional",
    discount: "−{{percent}}%",
    sku: "SKU {{sku}}",
    include: "Include {{item}}",
    agreement_caption: "Items in this agreement",
  },
  // The totals card (its rows' words are common's totals.*).
  totals: {
    title: "Totals",
    deposit_due: "Deposit due on acceptance",
    saving: "Saving your choice…",
    saved: "Saved",
  },
  // Where the order ships.
  ship_to: {
    label: "Ships to",
    none: "No shipping address yet",
    updating: "Updating the total for this address…",
  },
  // Accepting without a signature: the confirmation dialog.
  accept: {
    button: "Accept quote",
    title: "Place your order?",
    text: "Accepting quote {{number}} places an order with {{merchant}} for the items you chose.",
    total: "Total",
    deposit_due: "Deposit due on acceptance",
    tax: "Of which tax",
    place_order: "Place order",
    placing: "Placing the order…",
    done: "Quote {{number}} is accepted.",
    done_order: "Quote {{number}} is accepted. Your order number is {{order}}.",
  },
  // Declining: the dialog.
  decline: {
    button: "Decline",
    title: "Decline this quote",
    text: "Quote {{number}} will be closed and {{merchant}} will see your reason.",
    reason: "Reason",
    reason_missing: "Tell us why you decline, so we can do better.",
    submit: "Decline quote",
    declining: "Declining…",
  },
  // The question thread with the merchant.
  messages: {
    title: "Questions",
    thread: "Messages",
    you: "You",
    none: "No questions yet. Ask anything about this quote below.",
    question: "Your question",
    question_missing: "Write your question first.",
    send: "Send",
    sending: "Sending…",
  },
  // The sign step.
  sign: {
    loading: "Loading the agreement…",
    title: "Sign quote {{number}}",
    eyebrow: "Quote {{number}} · {{agreement}}",
    heading: "Sign the agreement",
    total: "Total {{amount}}",
    total_deposit: "Total {{amount}} · Deposit due now {{deposit}}",
    full_name: "Full name",
    signing_as: "You sign as {{email}}, the login you are signed in with.",
    signature: "Signature",
    pad_hint: "Draw with your mouse, finger or pen, or put your typed name on the pad.",
    submit: "Sign & Agree",
    signing: "Signing…",
    back: "Back to the quote",
    name_missing: "Type your full name.",
    email_invalid: "Enter a valid email address.",
    signature_missing: "Draw your signature on the pad.",
    consent_missing: "Tick the box to agree.",
    done: "Quote {{number}} is signed and accepted.",
    done_order: "Quote {{number}} is signed and accepted. Your order number is {{order}}.",
  },
  // The signature pad.
  pad: {
    label: "Signature pad",
    undo: "Undo",
    clear: "Clear",
    use_typed: "Use my typed name",
  },
  // A quote link opened by a signed-in contact.
  link: {
    signed_in: "You are signed in to your portal.",
    open_in_portal: "Open this quote in your portal",
  },
  // The account's list of quotes (/account/quotes).
  list: {
    heading: "Quotes of {{company}}",
    all: "All quotes",
    unread: "With new replies",
    open: "Waiting for a decision",
    accepted: "Accepted",
    declined: "Declined",
    expired: "Expired",
    number: "Quote number",
    search: "Search",
    loading: "Loading quotes…",
    empty: "No quotes yet.",
    no_match: "No quotes match.",
    accepted_on: "Accepted {{date}}",
    accepted_on_order: "Accepted {{date}} · Order #{{number}}",
    declined_on: "Declined {{date}}",
    valid_until: "Valid until {{date}}",
    was_valid_until: "Was valid until {{date}}",
  },
  // A quote's status in the list.
  status: {
    requested: "Awaiting the merchant",
    being_prepared: "Being prepared",
    open: "Waiting for a decision",
    accepted: "Accepted",
    declined: "Declined",
    expired: "Expired",
    cancelled: "Withdrawn",
  },
  // The account's quote page (/account/quotes/:id) around the quote.
  member: {
    loading: "Loading the quote…",
    not_available_page: "Quote not available",
    not_available_title: "This quote is not available",
    not_available_text:
      "It may belong to another of your companies (switch company above), or it is no longer shared with you.",
    all_quotes: "All quotes",
    back: "← All quotes",
  },
}

export default quote
