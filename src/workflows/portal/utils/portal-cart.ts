import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { accountsService, portalService } from "../steps/portal-service"

/** The customer as Medusa's pricing and promotion contexts take it: `customer.groups.id`. */
export type PortalPricingCustomer = { customer: { id: string; groups: Array<{ id: string }> } }

/**
 * The customer Medusa should price a cart for: in a cart bound to a company, only that
 * company's group; in any other cart of a contact, none of the companies' groups, so no
 * company price leaks outside a cart acting for it (docs/ARCHITECTURE.md, "Money").
 * Undefined when nothing changes.
 */
export async function portalCartCustomer(
  container: MedusaContainer,
  ref: { cart_id?: string; customer_id?: string }
): Promise<PortalPricingCustomer | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  let customerId = ref.customer_id
  let companyId: string | undefined
  if (ref.cart_id) {
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "customer_id"],
      filters: { id: ref.cart_id },
    })
    customerId = carts[0]?.customer_id ?? undefined
    const binding = await portalService(container).getPortalCartBinding(ref.cart_id)
    // A cart moved to another customer (Medusa's cart route, by email) acts for no company.
    if (binding && binding.customer_id === customerId) companyId = binding.company_id
  }
  if (!customerId) return undefined
  if (companyId) {
    const { data: members } = await query.graph({
      entity: "portal_member",
      fields: ["id", "company.allow_portal", "company.customer_group_id"],
      filters: {
        customer_id: customerId,
        company_id: companyId,
        status: "active",
        activated_at: { $ne: null },
      },
    })
    const company = members.find((member) => member.company?.allow_portal)?.company
    if (company) {
      return { customer: { id: customerId, groups: [{ id: company.customer_group_id }] } }
    }
  }
  const { data: customers } = await query.graph({
    entity: "customer",
    fields: ["id", "groups.id"],
    filters: { id: customerId },
  })
  const groups = (customers[0]?.groups ?? []).flatMap((group) => (group ? [group.id] : []))
  if (!groups.length) return undefined
  const companies = await accountsService(container).listPortalCompanies(
    { customer_group_id: groups },
    { select: ["customer_group_id"], withDeleted: true }
  )
  if (!companies.length) return undefined
  const portalGroups = new Set(companies.map((company) => company.customer_group_id))
  return {
    customer: {
      id: customerId,
      groups: groups.filter((id) => !portalGroups.has(id)).map((id) => ({ id })),
    },
  }
}
