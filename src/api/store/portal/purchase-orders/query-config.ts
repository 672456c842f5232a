/**
 * How the purchase order routes read their query (Medusa's query-config
 * pattern; docs/ARCHITECTURE.md, "Layers"): the presenters fix the fields,
 * so a list takes only its page and filters and one PO takes no query.
 */
export const listPurchaseOrdersQueryConfig = { isList: true }
export const retrievePurchaseOrderQueryConfig = { isList: false }
