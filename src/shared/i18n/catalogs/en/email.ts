// The words of the portal's emails, in English: the source every other language's
// email.ts translates key for key (src/shared/i18n/catalog.ts). `{{name}}` is a value
// filled in when the email is written.
const email = {
  layout: {
    button_fallback: "If the button does not work, copy this address into your browser:",
    wrote: "{{author}} wrote:",
  },
  contact: {
    greeting: "Hello {{name}},",
    greeting_anonymous: "Hello,",
    open: "Open it in the portal",
  },
  quote_sent: {
    subject: "New quote {{number}}",
    line: "Quote {{number}} was sent to your company.",
    valid_until: "It is valid until {{date}}.",
  },
  quote_reply: {
    subject: "New reply on quote {{number}}",
    line: "There is a new reply on quote {{number}}.",
  },
  conversation: {
    subject: "New message: {{subject}}",
    line: "There is a new message in your conversation “{{subject}}”.",
  },
  work_request: {
    reply_subject: "New reply on your request {{number}}",
    reply_line: "There is a new reply on work request {{number}}: “{{subject}}”.",
    waiting_line: "We need something from you to go on.",
  },
  document_request: {
    subject: "Documents requested: {{title}}",
    line: "We ask you to upload these documents in the portal: “{{title}}”.",
    items: "{{items}}",
    done: "When you have uploaded them, press “Done uploading”.",
  },
  order: {
    shipped_subject: "Order {{number}} has shipped",
    shipped_line: "Your order {{number}} has shipped.",
    delivered_subject: "Order {{number}} was delivered",
    delivered_line: "Your order {{number}} was delivered.",
    canceled_subject: "Order {{number}} was cancelled",
    canceled_line: "Your order {{number}} was cancelled.",
    tracking: "Tracking: {{number}}",
    tracking_url: "Tracking: {{number}} ({{url}})",
  },
  invoice: {
    issued_subject: "Invoice {{number}} issued",
    overdue_subject: "Invoice {{number}} is overdue",
    issued_line: "Your invoice {{number}} for {{amount}} was issued. It is due on {{due}}.",
    issued_line_deposit:
      "Your deposit invoice {{number}} for {{amount}} was issued. It is due on {{due}}.",
    overdue_line: "Your invoice {{number}} for {{amount}} was due on {{due}} and is now overdue.",
    overdue_line_deposit:
      "Your deposit invoice {{number}} for {{amount}} was due on {{due}} and is now overdue.",
  },
  purchase_order: {
    sent_subject: "Purchase order {{number}}",
    revised_subject: "Purchase order {{number}} revised",
    sent_line: "We sent you purchase order {{number}}.",
    revised_line: "We revised purchase order {{number}} after your change request.",
    review: "Please review it and acknowledge it with the dates you can deliver each line.",
    declined_subject: "Change to purchase order {{number}} declined",
    declined_line:
      "We cannot make the change you asked for on purchase order {{number}}; it stands as sent.",
    you_asked: "You asked: {{request}}",
    acknowledge: "Please acknowledge it with the dates you can deliver each line.",
  },
  reset: {
    subject: "Reset your portal password",
    asked: "Someone asked to reset the password of your {{merchant}} portal login.",
    action: "Choose a new password",
    expires: "The link works once, until {{expires}}.",
    once: "The link works once.",
    ignore: "If you did not ask for this, ignore this email: your password stays as it is.",
  },
  quote_link: {
    subject: "Your quote {{number}} from {{merchant}}",
    sent: "{{merchant}} sent you quote {{number}}. Open it to review the items and prices, ask a question, or accept it.",
    valid_until: "The quote is valid until {{date}}.",
    action: "Open the quote",
    personal: "This link is personal: anyone who has it can open the quote.",
  },
  signed: {
    subject: "Signed: {{agreement}} for quote {{number}}",
    thanks: "Thank you, {{name}}.",
    attached:
      "Your signed {{agreement}} for quote {{number}} (total {{total}}) is attached as a PDF. Keep it for your records.",
    hash: "Document SHA-256: {{hash}}",
  },
  invitation: {
    subject: "Your {{company}} portal login",
    invited:
      "{{merchant}} invited you to the client portal for {{company}}, where you can see quotes, orders and invoices.",
    choose_password: "Choose your password to sign in.",
    action: "Set your password",
    expires: "The link works once, until {{expires}}.",
  },
  staff: {
    quote_requested: "{{number}} was requested from the portal",
    quote_viewed: "{{number}} was opened by the buyer",
    quote_message: "New question on {{number}}",
    quote_accepted: "{{number}} was accepted",
    quote_declined: "{{number}} was declined",
    by: "{{what}} ({{who}}).",
    open_quote: "Open the quote in the admin",
    order_placed: "Order #{{number}} was placed in the portal",
    no_email: "no email",
    open_order: "Open the order in the admin",
    po_acknowledged: "{{supplier}} acknowledged {{number}}",
    documents_uploaded: "{{company}} is done uploading for “{{request}}”",
    open_document_request: "Open the request in the admin",
    conversation_message: "{{company}} wrote in “{{subject}}”",
    open_conversation: "Open the conversation in the admin",
    work_request_submitted: "{{company}} submitted {{number}}: “{{subject}}”",
    work_request_reply: "{{company}} replied on {{number}}: “{{subject}}”",
    open_work_request: "Open the work request in the admin",
    bill_submitted: "{{supplier}} submitted bill {{bill}} for {{number}}",
    sentence: "{{text}}.",
    open_bill: "Open the bill in the admin",
    open_purchase_order: "Open the purchase order in the admin",
  },
}

export default email
