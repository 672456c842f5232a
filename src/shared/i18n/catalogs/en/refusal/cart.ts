// Refusals of the cart, placing an order, the catalog and the orders a contact reads.
const cart = {
  busy: "This cart is being completed or changed; try again in a moment",
  not_found: "Cart not found",
  already_placed: "This cart has already been placed as an order; start a new cart",
  not_portal_channel:
    "This cart is not in the portal's sales channel; create it with the portal's publishable key",
  bound_by_other: "This cart was set up for the portal by another customer; start a new cart",
  // The place-order gate (docs/ARCHITECTURE.md, "Placing orders").
  prices_hidden:
    "Prices are hidden in the portal, so orders cannot be placed; request a quote instead",
  ordering_off: "Placing orders is turned off in the portal; request a quote instead",
  no_company:
    "This portal cart does not say which company it is for; set it with POST /store/portal/cart-company",
  left_portal_channel:
    "This portal cart is no longer in the portal's sales channel; start a new cart in the portal",
  set_up_by_other: "This portal cart was set up by another customer; start a new cart",
  not_contact: "You are not an active portal contact of the company this cart is for",
  teams_forbid_ordering: "Your teams at {{company}} do not allow placing orders (orders.place)",
  company_changed: "This cart's company changed while the order was being placed; try again",
  // Medusa's stock check, in words a buyer can act on: a sentence per short line, `_unnamed`
  // for a product whose title cannot be read (i18next's context).
  out_of_stock: "{{title}} is out of stock.",
  out_of_stock_unnamed: "This product is out of stock.",
  not_enough_stock: "Not enough of {{title}} in stock for {{quantity}}.",
  not_enough_stock_unnamed: "Not enough of this product in stock for {{quantity}}.",
  only_available: "Only {{available}} of {{title}} available.",
  only_available_unnamed: "Only {{available}} of this product available.",
  order_not_found: "Order {{id}} was not found",
  product_not_found: "Product not found",
  region_not_found: "Region {{region}} was not found",
  no_default_region: "The store has no default region: give region_id",
}

export default cart
