// The words of the portal's account pages, in English: the source every other language's
// portal/account.ts translates key for key (src/shared/i18n/catalog.ts).
const account = {
  title: "Account",
}

export default account
