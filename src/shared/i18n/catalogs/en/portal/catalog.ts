// The words of the portal's catalog pages, in English: the source every other language's
// portal/catalog.ts translates key for key (src/shared/i18n/catalog.ts).
const catalog = {
  title: "Catalog",
}

export default catalog
