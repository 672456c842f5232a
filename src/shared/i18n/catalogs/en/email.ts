// The words of the portal's emails, in English: the source every other language's
// email.ts translates key for key (src/shared/i18n/catalog.ts). `{{name}}` is a value
// filled in when the email is written.
const email = {
  layout: {
    button_fallback: "If the button does not work, copy this address into your browser:",
    wrote: "{{author}} wrote:",
  },
  invitation: {
    subject: "Your {{company}} portal login",
    invited:
      "{{merchant}} invited you to the client portal for {{company}}, where you can see quotes, orders and invoices.",
    choose_password: "Choose your password to sign in.",
    action: "Set your password",
    expires: "The link works once, until {{expires}}.",
  },
}

export default email
