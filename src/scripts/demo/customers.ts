import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"

export const DEMO_BUYER = {
  email: "buyer@acme.test",
  first_name: "Bea",
  last_name: "Buyer",
  company_name: "Acme",
  phone: "+1 555 0100",
}

export type DemoCustomer = { id: string; email: string }

/** The buyer the demo quote is addressed to (matched by email). */
export async function seedCustomers(container: MedusaContainer): Promise<DemoCustomer> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const [existing] = await container
    .resolve(Modules.CUSTOMER)
    .listCustomers({ email: DEMO_BUYER.email }, { select: ["id", "email"], take: 1 })
  if (existing) {
    return { id: existing.id, email: DEMO_BUYER.email }
  }
  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        {
          ...DEMO_BUYER,
          created_by: "demo-seed",
          addresses: [
            {
              company: DEMO_BUYER.company_name,
              first_name: DEMO_BUYER.first_name,
              last_name: DEMO_BUYER.last_name,
              address_1: "100 Industrial Way",
              city: "Columbus",
              province: "OH",
              postal_code: "43215",
              country_code: "us",
              phone: DEMO_BUYER.phone,
              is_default_billing: true,
              is_default_shipping: true,
            },
          ],
        },
      ],
    },
  })
  logger.info(`Demo customer ${DEMO_BUYER.email} (${DEMO_BUYER.company_name}) created`)
  return { id: customer.id, email: DEMO_BUYER.email }
}
