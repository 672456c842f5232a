// Refusals of a quote: its status, its link, its acceptance and signature. `_unnumbered`
// is the same sentence for a quote without a number yet (i18next's context).
const quote = {
  cannot_become:
    "Quote {{number}} is $t(status.quote.{{from}}) and cannot become $t(status.quote.{{to}})",
  cannot_become_unnumbered:
    "The quote is $t(status.quote.{{from}}) and cannot become $t(status.quote.{{to}})",
  not_editable: "Quote {{number}} is $t(status.quote.{{status}}) and can no longer be changed",
  not_editable_unnumbered: "The quote is $t(status.quote.{{status}}) and can no longer be changed",
  expired: "Quote {{number}} has expired; ask for a new quote",
  expired_unnumbered: "The quote has expired; ask for a new quote",
  not_duplicable:
    "Quote {{number}} is $t(status.quote.{{status}}); only expired, declined, cancelled or accepted quotes can be duplicated",
  not_duplicable_unnumbered:
    "The quote is $t(status.quote.{{status}}); only expired, declined, cancelled or accepted quotes can be duplicated",
}

export default quote
