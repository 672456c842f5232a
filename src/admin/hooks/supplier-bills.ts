import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { SupplierBillStatus } from "../../shared/procurement"
import { isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { type NamedRef, purchaseOrderKeys } from "./purchase-orders"

/**
 * The admin API's supplier bill shapes (src/api/admin/portal/supplier-bills;
 * docs/ARCHITECTURE.md, "Procurement"). Amounts are in the currency's main unit.
 */
export type { SupplierBillStatus }

export type SupplierBill = {
  id: string
  bill_number: string
  status: SupplierBillStatus
  amount: number
  currency_code: string
  due_at: string
  created_at: string
  rejection_reason: string | null
  supplier_company: NamedRef | null
  purchase_order: { id: string; number: string } | null
}

export type SupplierBillDetail = SupplierBill & {
  file_size: number | null
  approved_at: string | null
  paid_at: string | null
  rejected_at: string | null
}

export type SupplierBillListParams = {
  limit: number
  offset: number
  status?: SupplierBillStatus
  supplier_company_id?: string
  purchase_order_id?: string
}

const BASE = "/admin/portal/supplier-bills"

export const supplierBillPdfPath = (id: string) => `${BASE}/${id}/pdf`

export const supplierBillKeys = queryKeysFactory("supplier-bills")

type Page = { count: number; offset: number; limit: number }

export function useSupplierBills(params: SupplierBillListParams) {
  return useQuery({
    queryKey: supplierBillKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<{ supplier_bills: SupplierBill[] } & Page>(BASE, {
        query: {
          limit: params.limit,
          offset: params.offset,
          status: params.status || undefined,
          supplier_company_id: params.supplier_company_id || undefined,
          purchase_order_id: params.purchase_order_id || undefined,
        },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useSupplierBill(id: string) {
  return useQuery({
    queryKey: supplierBillKeys.detail(id),
    queryFn: () => sdk.client.fetch<{ supplier_bill: SupplierBillDetail }>(`${BASE}/${id}`),
    select: (data) => data.supplier_bill,
    retry: (count, error) => !isNotFound(error) && count < 2,
  })
}

type BillResult = { supplier_bill: SupplierBillDetail }

/** A bill's new status shows on its page, in the lists, and on its PO (its bills and timeline). */
function useBillMutation<TInput>(mutationFn: (input: TInput) => Promise<BillResult>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      queryClient.setQueryData(supplierBillKeys.detail(result.supplier_bill.id), result)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: supplierBillKeys.all }),
        queryClient.invalidateQueries({ queryKey: purchaseOrderKeys.all }),
      ])
    },
  })
}

export function useApproveSupplierBill(id: string) {
  return useBillMutation((_: void) =>
    sdk.client.fetch<BillResult>(`${BASE}/${id}/approve`, { method: "POST", body: {} })
  )
}

export function useRejectSupplierBill(id: string) {
  return useBillMutation((reason: string) =>
    sdk.client.fetch<BillResult>(`${BASE}/${id}/reject`, { method: "POST", body: { reason } })
  )
}

export function useMarkSupplierBillPaid(id: string) {
  return useBillMutation((_: void) =>
    sdk.client.fetch<BillResult>(`${BASE}/${id}/mark-paid`, { method: "POST", body: {} })
  )
}
