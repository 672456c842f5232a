// Refusals of a quote: its status, its link, its acceptance and signature. `_unnumbered`
// is the same sentence for a quote without a number yet (i18next's context).
const quote = {
  cannot_become:
    "Quote {{number}} is $t(status.quote.{{from}}) and cannot become $t(status.quote.{{to}})",
  cannot_become_unnumbered:
    "The quote is $t(status.quote.{{from}}) and cannot become $t(status.quote.{{to}})",
  not_editable: "Quote {{number}} is $t(status.quote.{{status}}) and can no longer be changed",
  not_editable_unnumbered: "The quote is $t(status.quote.{{status}}) and can no longer be changed",
  expired: "Quote {{number}} has expired; ask for a new quote",
  expired_unnumbered: "The quote has expired; ask for a new quote",
  not_duplicable:
    "Quote {{number}} is $t(status.quote.{{status}}); only expired, declined, cancelled or accepted quotes can be duplicated",
  not_duplicable_unnumbered:
    "The quote is $t(status.quote.{{status}}); only expired, declined, cancelled or accepted quotes can be duplicated",
  not_found: "Quote {{id}} was not found",
  // The buyer's choice: optional items and the address it ships to.
  not_selectable: "Only this quote's optional items can be selected; not: {{ids}}",
  no_such_address: "The customer has no address {{id}}",
  // Accepting (or signing): what the order needs, and what changed since the buyer looked.
  no_shipping_address:
    "Quote {{number}} has no shipping address; the merchant must add one before it can be accepted",
  nothing_selected: "Select at least one item of quote {{number}} before accepting it",
  signing_required: "Quote {{number}} has an agreement; it is accepted by signing it",
  changed_concurrently: "Quote {{number}} was changed by another request; reload it and try again",
  prices_changed:
    "The order would total {{order_total}} but the quote totals {{quote_total}}; prices, tax or promotions changed since it was priced: reload the quote and review it before accepting",
  // `_unnamed`: an item whose product and variant have no title.
  not_stocked: "{{item}} is not stocked where this store ships from",
  not_stocked_unnamed: "An item is not stocked where this store ships from",
  // A member's quote request from their portal cart.
  request_cart_not_found: "Cart not found",
  requests_off: "Quote requests are turned off in the portal; contact the merchant",
  request_cart_empty: "The cart is empty; add products first",
  variants_not_found: "Product variant(s) not found: {{ids}}",
}

export default quote
