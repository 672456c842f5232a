// The words of the portal's auth pages, in English: the source every other language's
// portal/auth.ts translates key for key (src/shared/i18n/catalog.ts).
const auth = {
  title: "Auth",
}

export default auth
