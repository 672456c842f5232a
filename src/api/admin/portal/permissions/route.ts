import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  CUSTOMER_PERMISSIONS,
  PERMISSION_KEYS,
  PERMISSIONS,
  SUPPLIER_PERMISSIONS,
} from "../../../../shared/permissions"
import type { AdminPortalPermissionListResponse } from "../../../../shared/http"

/** The permission catalogue, in order, with what each lets a contact do and which side it is. */
export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminPortalPermissionListResponse>
) => {
  res.json({
    permissions: PERMISSION_KEYS.map((key) => ({
      key,
      description: PERMISSIONS[key],
      side: CUSTOMER_PERMISSIONS.includes(key)
        ? "customer"
        : SUPPLIER_PERMISSIONS.includes(key)
          ? "supplier"
          : null,
    })),
  })
}
