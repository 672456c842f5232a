// Refusals of an invoice and its payment. `_unnumbered` is the same sentence for an invoice
// without a number (i18next's context).
const billing = {
  cannot_become:
    "Invoice {{number}} is $t(status.invoice.{{from}}) and cannot become $t(status.invoice.{{to}})",
  cannot_become_unnumbered:
    "The invoice is $t(status.invoice.{{from}}) and cannot become $t(status.invoice.{{to}})",
  // The invoice is paid or void.
  not_payable: "Invoice {{number}} is $t(status.invoice.{{status}})",
  already_paid: "Invoice {{number}} has already been paid",
  no_longer_payable: "Invoice {{number}} can no longer be paid",
  provider_unavailable: "Payment provider {{provider}} is not available for invoice {{number}}",
  session_not_found: "Payment session {{id}} was not found",
  not_found: "Invoice {{id}} was not found",
}

export default billing
