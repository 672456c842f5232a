// The words of the portal's orders pages, in English: the source every other language's
// portal/orders.ts translates key for key (src/shared/i18n/catalog.ts).
const orders = {
  title: "Orders",
}

export default orders
