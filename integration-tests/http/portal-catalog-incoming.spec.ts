import { Modules } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PROCUREMENT_MODULE } from "../../src/modules/procurement"
import type ProcurementModuleService from "../../src/modules/procurement/service"
import type { MemberAccess } from "../../src/shared/permissions"
import { acknowledgePurchaseOrderWorkflow } from "../../src/workflows/procurement/workflows/acknowledge-purchase-order"
import { createPurchaseOrderWorkflow } from "../../src/workflows/procurement/workflows/create-purchase-order"
import { sendPurchaseOrderWorkflow } from "../../src/workflows/procurement/workflows/send-purchase-order"
import {
  asMember,
  createAdminUser,
  createStore,
  type Headers,
  portalAccounts,
  stockVariant,
} from "../helpers/fixtures"

jest.setTimeout(180_000)

const PRODUCTS = "/store/portal/products"
const SETTINGS = "/admin/portal/settings"

type Stock = Record<string, unknown>
type Product = { id: string; title: string; variants: Array<{ id: string; stock?: Stock }> }

/** A calendar day `days` from today (UTC), as the acknowledge form sends it. */
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let buyer: Headers
    let admin: Headers
    const soon = dayFromNow(10)
    const later = dayFromNow(20)

    /**
     * Two products of the portal channel stocked at its warehouse, a supplier with
     * three sent purchase orders for them: the jack's two acknowledged with
     * promised dates (the earlier one counts), the wrap's sent without a date; and
     * a customer contact who browses the catalog.
     */
    beforeAll(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      const store = await createStore(container)
      const stores = container.resolve(Modules.STORE)
      const [medusaStore] = await stores.listStores({}, { take: 1 })
      await stores.updateStores(medusaStore.id, { default_region_id: store.region.id })
      const channelId = (await api.get(SETTINGS, admin)).data.portal_channel.sales_channel
        .id as string
      const {
        result: [warehouse],
      } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: "Portal warehouse" }] },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: warehouse.id, add: [channelId] },
      })
      const product = async (title: string, sku: string) => {
        const {
          result: [created],
        } = await createProductsWorkflow(container).run({
          input: {
            products: [
              {
                title,
                status: "published",
                options: [{ title: "Size", values: ["One"] }],
                sales_channels: [{ id: channelId }],
                variants: [
                  {
                    title: "One",
                    sku,
                    manage_inventory: true,
                    options: { Size: "One" },
                    prices: [{ amount: 100, currency_code: "usd" }],
                  },
                ],
              },
            ],
          },
        })
        await stockVariant(container, created.variants[0].id, warehouse.id, {
          stocked_quantity: 2,
        })
        return created.variants[0].id as string
      }
      const jack = await product("Pallet Jack", "JACK-1")
      const wrap = await product("Pallet Wrap", "WRAP-1")

      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      const supplierCo = await company("Supplyco", { is_supplier: true })
      const acknowledgers = await team("Acknowledgers", [
        "purchase_orders.view",
        "purchase_orders.acknowledge",
      ])
      const vendor = await contact("vendor@supplyco.test")
      await addMember(supplierCo.id, vendor.id, [acknowledgers.id])
      const acme = await company("Acme")
      const viewers = await team("Catalog", ["catalog.view"])
      const member = await contact("catalog@acme.test")
      await addMember(acme.id, member.id, [viewers.id])
      buyer = asMember(store, member.token, acme.id)

      const access: MemberAccess = {
        kind: "member",
        customer_id: vendor.id,
        company_id: supplierCo.id,
        permissions: ["purchase_orders.view", "purchase_orders.acknowledge"],
      }
      const sentOrder = async (variantId: string, quantity: number) => {
        const { result } = await createPurchaseOrderWorkflow(container).run({
          input: {
            supplier_company_id: supplierCo.id,
            stock_location_id: warehouse.id,
            currency_code: "usd",
            lines: [{ variant_id: variantId, quantity, unit_cost: 40 }],
          },
        })
        await sendPurchaseOrderWorkflow(container).run({ input: { id: result.id } })
        return result.id as string
      }
      const acknowledged = async (variantId: string, quantity: number, promised: string) => {
        const id = await sentOrder(variantId, quantity)
        const [po] = await container
          .resolve<ProcurementModuleService>(PROCUREMENT_MODULE)
          .listPortalPurchaseOrders({ id }, { relations: ["lines"] })
        await acknowledgePurchaseOrderWorkflow(container).run({
          input: {
            id,
            access,
            lines: po.lines.map((line: { id: string }) => ({
              line_id: line.id,
              promised_at: promised,
            })),
          },
        })
      }
      await acknowledged(jack, 6, later)
      await acknowledged(jack, 4, soon)
      await sentOrder(wrap, 5)
    })

    const stockOf = async () => {
      const products = (await api.get(PRODUCTS, buyer)).data.products as Product[]
      return Object.fromEntries(
        products.map((product) => [product.title, product.variants[0].stock])
      ) as Record<string, Stock | undefined>
    }

    it("gives incoming stock the earliest date promised on open purchase orders, null when none is", async () => {
      await api.post(
        SETTINGS,
        { stock_display: "number", show_incoming: true, low_stock_threshold: 1 },
        admin
      )
      const stock = await stockOf()

      expect(stock["Pallet Jack"]).toEqual({
        available_quantity: 2,
        incoming_quantity: 10,
        incoming_expected_at: soon,
      })
      expect(stock["Pallet Wrap"]).toEqual({
        available_quantity: 2,
        incoming_quantity: 5,
        incoming_expected_at: null,
      })
      const detail = await api.get(`${PRODUCTS}?q=jack`, buyer)
      expect(detail.data.products[0].variants[0].stock.incoming_expected_at).toBe(soon)
    })

    it("shows no expected date while incoming stock is not shown", async () => {
      await api.post(
        SETTINGS,
        { stock_display: "indication", show_incoming: false, low_stock_threshold: 1 },
        admin
      )
      const stock = await stockOf()

      expect(stock["Pallet Jack"]).toEqual({ status: "in_stock" })
      expect(stock["Pallet Wrap"]).toEqual({ status: "in_stock" })
      expect(JSON.stringify(stock)).not.toContain("expected")
    })
  },
})
