// The words of the portal's invoices pages, in English: the source every other language's
// portal/invoices.ts translates key for key (src/shared/i18n/catalog.ts).
const invoices = {
  title: "Invoices",
}

export default invoices
