import type {
  StoreListPortalSupplierBillsParams,
  StorePortalSupplierBillListResponse,
  StorePortalSupplierBillResponse,
  StoreSubmitPortalSupplierBillBody,
} from "@shared/http/supplier-bills"
import { useQuery } from "@tanstack/react-query"
import { memberFetch, memberPdf, memberUpload } from "../member-api"
import { listQuery } from "./lists"

// The bills the active company submitted as a supplier (README,
// "/store/portal/supplier-bills"), each against one of its purchase orders.

/** The upload's fields and its PDF, sent as one multipart form. */
export type NewBill = StoreSubmitPortalSupplierBillBody & { file: File }

export type SupplierBillQuery = StoreListPortalSupplierBillsParams

export const supplierBillKeys = {
  all: ["supplier-bills"] as const,
  lists: () => [...supplierBillKeys.all, "list"] as const,
  list: (query: SupplierBillQuery) => [...supplierBillKeys.lists(), query] as const,
}

export const supplierBills = {
  list: (query: SupplierBillQuery) =>
    memberFetch<StorePortalSupplierBillListResponse>("/store/portal/supplier-bills", {
      query,
    }),
  pdf: (id: string) => memberPdf(`/store/portal/supplier-bills/${encodeURIComponent(id)}/pdf`),
  submit: (bill: NewBill) => {
    const form = new FormData()
    form.append("purchase_order_id", bill.purchase_order_id)
    form.append("bill_number", bill.bill_number)
    form.append("amount", bill.amount)
    form.append("due_date", bill.due_date)
    form.append("file", bill.file, bill.file.name)
    return memberUpload<StorePortalSupplierBillResponse>("/store/portal/supplier-bills", form)
  },
}

/** A page of bills; the previous page stays shown while the next loads. */
export const useSupplierBills = (query: SupplierBillQuery) =>
  useQuery(listQuery(supplierBillKeys.list(query), () => supplierBills.list(query)))
