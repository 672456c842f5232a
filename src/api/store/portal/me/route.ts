import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadMemberships, type MemberRequest } from "../authorize-member"

/** The signed-in contact, the companies they may act for, and what they may do in the active one. */
export const GET = async (req: MemberRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, memberships] = await Promise.all([
    query.graph({
      entity: "customer",
      fields: ["id", "email", "first_name", "last_name", "phone", "company_name"],
      filters: { id: req.access.customer_id },
    }),
    loadMemberships(req.scope, req.access.customer_id),
  ])
  res.setHeader("Cache-Control", "no-store")
  res.json({
    contact: customers[0],
    companies: memberships.map((membership) => ({
      ...membership.company,
      teams: membership.teams,
      permissions: membership.permissions,
    })),
    active_company_id: req.access.company_id,
    permissions: req.access.permissions,
  })
}
