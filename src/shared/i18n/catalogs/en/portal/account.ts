// The words of the portal's account pages (the overview at /account and the profile), in
// English: the source every other language's portal/account.ts translates key for key
// (src/shared/i18n/catalog.ts). `{{name}}` is a value filled in on the page; a sentence
// with a `{{value}}` shown in bold is rendered around it; a key with `_one`/`_other` forms
// is read with a `count`.
const account = {
  dashboard: {
    welcome: "Welcome to your portal",
    hello: "Hello, {{name}}",
    acting_for: "You are acting for {{company}}.",
    no_sections:
      "Your teams at {{company}} do not give you access to quotes, orders or invoices yet. Your profile is yours to change.",
    // Each panel: a counter, then these words ("3 waiting for a decision").
    quotes: {
      title: "Quotes",
      counted_one: "waiting for a decision",
      counted_other: "waiting for a decision",
      all: "All quotes",
      empty: "No quote is waiting for you.",
      label: "Quote {{number}}",
      valid_until: "Valid until {{date}}",
      // `{{expires}}`: "Expires in 14 days" (common, expires).
      valid_until_expires: "Valid until {{date}} · {{expires}}",
      no_end_date: "No end date",
      unread_one: "{{count}} quote with new replies",
      unread_other: "{{count}} quotes with new replies",
      no_unread: "No new replies.",
      unread_failed: "New replies could not be checked.",
    },
    invoices: {
      title: "Invoices to pay",
      counted_one: "unpaid",
      counted_other: "unpaid",
      all: "All invoices",
      empty: "Nothing to pay.",
      due_on_receipt: "Due on receipt",
      // What is due, per currency: `{{amounts}}` is "€1,200.00 + $80.00". "At least" when the
      // company has more unpaid invoices than the overview reads.
      due: "Due: {{amounts}}",
      due_at_least: "Due, at least: {{amounts}}",
      due_overdue_one: "Due: {{amounts}} · {{count}} overdue",
      due_overdue_other: "Due: {{amounts}} · {{count}} overdue",
      due_at_least_overdue_one: "Due, at least: {{amounts}} · {{count}} overdue",
      due_at_least_overdue_other: "Due, at least: {{amounts}} · {{count}} overdue",
    },
    orders: {
      title: "Recent orders",
      counted: "in all",
      all: "All orders",
      empty: "No orders yet.",
      label: "Order #{{number}}",
      placed: "Placed {{date}}",
    },
    purchase_orders: {
      title: "Purchase orders to acknowledge",
      counted_one: "waiting for your dates",
      counted_other: "waiting for your dates",
      all: "All purchase orders",
      empty: "No purchase order is waiting for you.",
      label: "Purchase order {{number}}",
      sent: "Sent {{date}}",
    },
  },
  // A purchase order's status (src/shared/procurement.ts), on the overview's badges.
  profile: {
    title: "Your profile",
    details: {
      title: "Your details",
      phone: "Phone",
      email_hint: "Your login. Ask the merchant to change it.",
      enter_first_name: "Enter your first name.",
      enter_last_name: "Enter your last name.",
      phone_invalid: "Phone: digits, spaces and + ( ) . / - only.",
      submit: "Save details",
      saving: "Saving…",
      saved: "Your details are saved.",
    },
    // The options name each language in itself ("Deutsch", "français"), not in these words.
    language: {
      title: "Language",
      label: "Portal language",
      hint: "The language of these pages and of the emails we send you. Automatic follows your company's language, else your browser's for these pages and the store's for emails.",
      automatic: "Automatic (company or browser)",
      submit: "Save language",
      saving: "Saving…",
      saved: "Your language is saved.",
    },
    emails: {
      title: "Emails",
      legend: "Email me when",
      // One switch per kind (src/shared/contact-emails.ts).
      kinds: {
        quotes: "A quote is sent to the company",
        messages: "The merchant replies in a quote thread",
        invoices: "An invoice is issued or becomes overdue",
        orders: "An order ships, is delivered or is cancelled",
        work_requests: "The merchant replies to a work request",
        conversations: "The merchant writes in a conversation you take part in",
      },
      marketing: "Send me news and offers (marketing emails)",
      saved: "Saved.",
    },
    password: {
      title: "Password",
      text: "To change your password we email you a link to set a new one. It works once, for 15 minutes.",
      submit: "Email me a password link",
      sending: "Sending…",
      sent: "We sent the link to {{email}}.",
    },
    memberships: {
      title: "Companies and teams",
      hint: "The merchant manages these; ask them to change anything.",
      active: "Active",
      teams: "Teams: {{teams}}",
      no_team: "No team yet",
    },
  },
}

export default account
