/** Where the procurement pages live in the admin. */
export const purchaseOrdersPath = "/purchase-orders"

export const purchaseOrderPath = (id: string) => `${purchaseOrdersPath}/${id}`

export const editPurchaseOrderPath = (id: string) => `${purchaseOrdersPath}/${id}/edit`

/** The create page, with the supplier already chosen when coming from its company page. */
export const createPurchaseOrderPath = (supplierCompanyId?: string) =>
  supplierCompanyId
    ? `${purchaseOrdersPath}/create?supplier_company_id=${encodeURIComponent(supplierCompanyId)}`
    : `${purchaseOrdersPath}/create`

/** The list, filtered to one supplier company's purchase orders. */
export const supplierPurchaseOrdersPath = (supplierCompanyId: string) =>
  `${purchaseOrdersPath}?supplier_company_id=${encodeURIComponent(supplierCompanyId)}`

export const supplierBillsPath = "/supplier-bills"

export const supplierBillPath = (id: string) => `${supplierBillsPath}/${id}`
