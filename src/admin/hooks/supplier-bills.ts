import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminListPortalSupplierBillsParams,
  AdminPortalSupplierBillListResponse,
  AdminPortalSupplierBillResponse,
  AdminRejectPortalSupplierBillBody,
} from "../../shared/http/supplier-bills"
import { isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { purchaseOrderKeys } from "./purchase-orders"

export type { SupplierBillStatus } from "../../shared/procurement"

/** The admin's names for the supplier bill routes' shapes (src/shared/http/supplier-bills.ts). */
export type {
  AdminPortalSupplierBill as SupplierBill,
  AdminPortalSupplierBillDetail as SupplierBillDetail,
} from "../../shared/http/supplier-bills"

/** A page of the bill list: the page sets limit and offset. */
export type SupplierBillListParams = AdminListPortalSupplierBillsParams & {
  limit: number
  offset: number
}

const BASE = "/admin/portal/supplier-bills"

export const supplierBillPdfPath = (id: string) => `${BASE}/${id}/pdf`

export const supplierBillKeys = queryKeysFactory("supplier-bills")

export function useSupplierBills(params: SupplierBillListParams) {
  return useQuery({
    queryKey: supplierBillKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalSupplierBillListResponse>(BASE, {
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
    queryFn: () => sdk.client.fetch<AdminPortalSupplierBillResponse>(`${BASE}/${id}`),
    select: (data) => data.supplier_bill,
    retry: (count, error) => !isNotFound(error) && count < 2,
  })
}

/** A bill's new status shows on its page, in the lists, and on its PO (its bills and timeline). */
function useBillMutation<TInput>(
  mutationFn: (input: TInput) => Promise<AdminPortalSupplierBillResponse>
) {
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
    sdk.client.fetch<AdminPortalSupplierBillResponse>(`${BASE}/${id}/approve`, {
      method: "POST",
      body: {},
    })
  )
}

export function useRejectSupplierBill(id: string) {
  return useBillMutation((reason: string) =>
    sdk.client.fetch<AdminPortalSupplierBillResponse>(`${BASE}/${id}/reject`, {
      method: "POST",
      body: { reason } satisfies AdminRejectPortalSupplierBillBody,
    })
  )
}

export function useMarkSupplierBillPaid(id: string) {
  return useBillMutation((_: void) =>
    sdk.client.fetch<AdminPortalSupplierBillResponse>(`${BASE}/${id}/mark-paid`, {
      method: "POST",
      body: {},
    })
  )
}
