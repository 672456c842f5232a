// Statuses as a refusal names them mid-sentence: "Quote Q-1001 is accepted and …". A sentence
// nests them as `$t(status.quote.{{from}})`, so one key serves every status.
const status = {
  quote: {
    requested: "requested",
    draft: "a draft",
    sent: "sent",
    viewed: "viewed",
    accepted: "accepted",
    declined: "declined",
    expired: "expired",
    cancelled: "cancelled",
  },
  invoice: { unpaid: "unpaid", paid: "paid", overdue: "overdue", void: "void" },
  purchase_order: {
    draft: "a draft",
    sent: "sent",
    change_requested: "awaiting a change",
    acknowledged: "acknowledged",
    partially_received: "partially received",
    received: "received",
    cancelled: "cancelled",
  },
  bill: { submitted: "submitted", approved: "approved", paid: "paid", rejected: "rejected" },
}

export default status
