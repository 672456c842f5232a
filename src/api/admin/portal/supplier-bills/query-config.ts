/**
 * How the supplier bill routes read their query (Medusa's query-config
 * pattern; docs/ARCHITECTURE.md, "Layers"): the presenters fix the fields,
 * so a list takes only its page and filters and one bill takes no query.
 */
export const listSupplierBillsQueryConfig = { isList: true }
export const retrieveSupplierBillQueryConfig = { isList: false }
