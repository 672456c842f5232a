import type { SupplierBillStatus } from "@shared/procurement"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { memberFetch, memberPdf, memberUpload } from "../member-api"
import type { ListQuery, Page } from "./lists"

// The bills the active company submitted as a supplier (README,
// "/store/portal/supplier-bills"), each against one of its purchase orders.

export type SupplierBillRow = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  amount: number
  currency_code: string
  due_at: string | null
  created_at: string
  rejection_reason: string | null
  purchase_order: { id: string; number: string } | null
}

export type NewBill = {
  purchase_order_id: string
  bill_number: string
  /** A decimal string in the major unit, e.g. "1234.50". */
  amount: string
  /** "YYYY-MM-DD". */
  due_date: string
  file: File
}

export type SupplierBillQuery = ListQuery & { purchase_order_id?: string }

export const supplierBillKeys = {
  all: ["supplier-bills"] as const,
  lists: () => [...supplierBillKeys.all, "list"] as const,
  list: (query: SupplierBillQuery) => [...supplierBillKeys.lists(), query] as const,
}

export const supplierBills = {
  list: (query: SupplierBillQuery) =>
    memberFetch<Page<"supplier_bills", SupplierBillRow>>("/store/portal/supplier-bills", {
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
    return memberUpload<{ supplier_bill: SupplierBillRow }>("/store/portal/supplier-bills", form)
  },
}

/** A page of bills; the previous page stays shown while the next loads. */
export const useSupplierBills = (query: SupplierBillQuery) =>
  useQuery({
    queryKey: supplierBillKeys.list(query),
    queryFn: () => supplierBills.list(query),
    placeholderData: keepPreviousData,
  })
