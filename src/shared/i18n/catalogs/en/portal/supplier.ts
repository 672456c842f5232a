// The words of the portal's supplier pages, in English: the source every other language's
// portal/supplier.ts translates key for key (src/shared/i18n/catalog.ts).
const supplier = {
  title: "Supplier",
}

export default supplier
