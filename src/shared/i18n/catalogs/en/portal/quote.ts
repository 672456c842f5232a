// The words of the portal's quote pages, in English: the source every other language's
// portal/quote.ts translates key for key (src/shared/i18n/catalog.ts).
const quote = {
  title: "Quote",
}

export default quote
