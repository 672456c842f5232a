// Refusals of procurement as a supplier contact meets them: a purchase order's and a bill's
// status, acknowledging or asking for a change, submitting a bill. `_unnumbered` is the same
// sentence for a purchase order or bill named without its number (i18next's context).
const procurement = {
  purchase_order: {
    cannot_become:
      "Purchase order {{number}} is $t(status.purchase_order.{{from}}) and cannot become $t(status.purchase_order.{{to}})",
    cannot_become_unnumbered:
      "The purchase order is $t(status.purchase_order.{{from}}) and cannot become $t(status.purchase_order.{{to}})",
    not_editable:
      "Purchase order {{number}} is $t(status.purchase_order.{{status}}) and its lines can no longer be changed",
    not_editable_unnumbered:
      "The purchase order is $t(status.purchase_order.{{status}}) and its lines can no longer be changed",
    not_found: "Purchase order {{id}} was not found",
    changed_meanwhile: "Purchase order {{number}} changed meanwhile; reload it and try again",
    not_billable:
      "Purchase order {{number}} is $t(status.purchase_order.{{status}}); bills go against acknowledged or received purchase orders",
  },
  acknowledgement: {
    line_not_on_order: "Line {{line}} is not on purchase order {{number}}",
    line_twice: "Line {{line}} is given twice",
    not_a_date: 'promised_at must be a date like 2026-12-31, not "{{value}}"',
    in_the_past: "The promised date {{date}} is in the past (today is {{today}}, UTC)",
    every_line: "Give a promised date for every line of purchase order {{number}}",
    note_too_long: "The note is longer than {{max}} characters",
  },
  change_request: {
    empty: "Say what should change",
    too_long: "The message is longer than {{max}} characters",
  },
  bill: {
    not_found: "Supplier bill {{id}} was not found",
    cannot_become:
      "Bill {{number}} is $t(status.bill.{{from}}) and cannot become $t(status.bill.{{to}})",
    cannot_become_unnumbered:
      "The bill is $t(status.bill.{{from}}) and cannot become $t(status.bill.{{to}})",
    duplicate_number:
      "You already submitted bill {{number}}; use another bill number (a rejected bill's number may be reused)",
    number_length: "The bill number must be 1 to {{max}} characters",
    amount_not_positive: "The amount must be more than 0",
    amount_decimals: "The amount has more than {{decimals}} decimals for {{currency}}",
    due_date_invalid: 'due_date must be a date like 2026-12-31, not "{{value}}"',
    file_missing: "Upload the bill's PDF as the multipart field `file`",
    file_too_large: "The file is larger than {{megabytes}} MB",
    not_pdf: "The bill must be a PDF file",
  },
}

export default procurement
