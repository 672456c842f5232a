import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryItemsWorkflow, createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PROCUREMENT_MODULE } from "../../src/modules/procurement"
import type ProcurementModuleService from "../../src/modules/procurement/service"
import { SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"
import {
  createAdminUser,
  createStockedVariant,
  createStore,
  type Headers,
  portalAccounts,
  settle,
  type Store,
} from "../helpers/fixtures"
import { mailCatcher } from "../helpers/mail"
import { pdfText } from "../helpers/pdf-text"

jest.setTimeout(180_000)

const POS = "/admin/portal/purchase-orders"
const PORTAL_URL = "https://portal.merchant.test"
const SENT_TEMPLATE = "portal-contact-purchase-order-sent"

type Level = { stocked_quantity: number; incoming_quantity: number }

/**
 * Purchase orders, staff side (docs/ARCHITECTURE.md, "Procurement"): Medusa's
 * inventory levels follow sends, receipts and cancellations (incoming is the
 * sum of the open PO remainders, even under concurrent requests), variants
 * Medusa cannot order this way are refused, the supplier's contacts are
 * emailed (read from the SMTP path, helpers/mail.ts), and the PDF.
 */
const mail = mailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  env: { PORTAL_URL },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let locationId: string
    let toner: { variantId: string; itemId: string }
    let paper: { variantId: string; itemId: string }
    let bundleVariantId: string
    let supplierId: string
    let buyerOnlyId: string

    /** Medusa's own level of an item at the PO's location, through its admin API. */
    const level = async (itemId: string): Promise<Level | null> => {
      const res = await api.get(`/admin/inventory-items/${itemId}/location-levels`, admin)
      const found = (res.data.inventory_levels as Array<Level & { location_id: string }>).find(
        (row) => row.location_id === locationId
      )
      return found
        ? {
            stocked_quantity: Number(found.stocked_quantity),
            incoming_quantity: Number(found.incoming_quantity),
          }
        : null
    }

    const createPo = async (lines: Array<{ variant_id: string; quantity: number }>) =>
      (
        await api.post(
          POS,
          {
            supplier_company_id: supplierId,
            stock_location_id: locationId,
            currency_code: "usd",
            notes: "Deliver to dock 2",
            lines: lines.map((line) => ({ ...line, unit_cost: 12.5 })),
          },
          admin
        )
      ).data.purchase_order

    const sentPo = async (lines: Array<{ variant_id: string; quantity: number }>) => {
      const po = await createPo(lines)
      return (await api.post(`${POS}/${po.id}/send`, {}, admin)).data.purchase_order
    }

    const receive = (id: string, lines: Array<{ line_id: string; quantity: number }>) =>
      settle(api.post(`${POS}/${id}/receive`, { lines }, admin))

    const notifications = async (container: MedusaContainer) =>
      (await container
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: SENT_TEMPLATE })) as Array<{
        to: string
        data: Record<string, unknown>
      }>

    /** A customer who registered with a password, as Medusa's storefront signs one up. */
    async function customerWithLogin(email: string) {
      const registered = await api.post("/auth/customer/emailpass/register", {
        email,
        password: "a supplier contact's password",
      })
      const customer = await api.post(
        "/store/customers",
        { email, first_name: "Sue" },
        {
          headers: {
            ...store.storeHeaders.headers,
            authorization: `Bearer ${registered.data.token}`,
          },
        }
      )
      return customer.data.customer.id as string
    }

    beforeAll(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      const stocked = await createStockedVariant(container, store, 10)
      locationId = stocked.locationId
      toner = { variantId: stocked.variant.id, itemId: stocked.inventoryItemId }

      // A managed variant with no level at the warehouse yet, and one built from two items.
      const {
        result: [one, two],
      } = await createInventoryItemsWorkflow(container).run({
        input: { items: [{ sku: "KIT-PART-A" }, { sku: "KIT-PART-B" }] },
      })
      const { result: products } = await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Copy Paper",
              status: "published",
              options: [{ title: "Size", values: ["A4"] }],
              variants: [
                { title: "A4", sku: "PAPER-A4", manage_inventory: true, options: { Size: "A4" } },
              ],
            },
            {
              title: "Maintenance Kit",
              status: "published",
              options: [{ title: "Kind", values: ["Full"] }],
              variants: [
                {
                  title: "Full",
                  sku: "KIT-FULL",
                  manage_inventory: true,
                  options: { Kind: "Full" },
                  inventory_items: [
                    { inventory_item_id: one.id, required_quantity: 1 },
                    { inventory_item_id: two.id, required_quantity: 1 },
                  ],
                },
              ],
            },
          ],
        },
      })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: products[0].variants[0].id },
      })
      paper = {
        variantId: products[0].variants[0].id,
        itemId: data[0].inventory_items![0]!.inventory_item_id as string,
      }
      bundleVariantId = products[1].variants[0].id

      const accounts = portalAccounts(api, admin, container)
      supplierId = (await accounts.company("Paperworks", { is_supplier: true })).id
      buyerOnlyId = (await accounts.company("Buyer Only Inc", { is_customer: true })).id
      const viewers = await accounts.team("PO desk", SUPPLIER_PERMISSIONS)
      const billers = await accounts.team("Billing desk", ["supplier_bills.submit"])
      await accounts.addMember(supplierId, await customerWithLogin("sue@paperworks.test"), [
        viewers.id,
      ])
      await accounts.addMember(supplierId, await customerWithLogin("ned@paperworks.test"), [
        billers.id,
      ])
    })

    it("raises incoming on send, moves receipts from incoming to stocked, and emails the supplier's contacts", async () => {
      const container = getContainer()
      const draft = await createPo([
        { variant_id: toner.variantId, quantity: 10 },
        { variant_id: paper.variantId, quantity: 5 },
      ])
      expect(draft).toMatchObject({
        number: expect.stringMatching(/^PO-\d{4,}$/),
        status: "draft",
        supplier_company: { id: supplierId, name: "Paperworks" },
        stock_location: { id: locationId, name: "Warehouse" },
        currency_code: "usd",
        total: 187.5,
        lines: [
          { variant_id: toner.variantId, sku: "TONER-BLACK", quantity: 10, unit_cost: 12.5 },
          { variant_id: paper.variantId, sku: "PAPER-A4", quantity: 5, unit_cost: 12.5 },
        ],
      })
      // A draft is nothing incoming yet.
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 0 })
      expect(await level(paper.itemId)).toBeNull()

      const sent = (await api.post(`${POS}/${draft.id}/send`, {}, admin)).data.purchase_order
      expect(sent.status).toBe("sent")
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 10 })
      // The level at the PO's location is created where Medusa had none.
      expect(await level(paper.itemId)).toEqual({ stocked_quantity: 0, incoming_quantity: 5 })

      // Only the contacts whose teams may see purchase orders; a link, never a token.
      const emails = await notifications(container)
      expect(emails.map((email) => email.to)).toEqual(["sue@paperworks.test"])
      expect(emails[0].data).toMatchObject({
        purchase_order_id: draft.id,
        purchase_order_number: draft.number,
      })
      // It opens the storefront's page of this PO in the Supplier section.
      const email = await mail.latest({ to: "sue@paperworks.test", template: SENT_TEMPLATE })
      expect(email.links).toEqual([`${PORTAL_URL}/account/supplier/purchase-orders/${draft.id}`])

      const [tonerLine, paperLine] = sent.lines
      const partial = await receive(draft.id, [{ line_id: tonerLine.id, quantity: 4 }])
      expect(partial.status).toBe(200)
      expect(partial.data.purchase_order.status).toBe("partially_received")
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 14, incoming_quantity: 6 })
      expect(await level(paper.itemId)).toEqual({ stocked_quantity: 0, incoming_quantity: 5 })

      const full = await receive(draft.id, [
        { line_id: tonerLine.id, quantity: 6 },
        { line_id: paperLine.id, quantity: 5 },
      ])
      expect(full.status).toBe(200)
      expect(full.data.purchase_order).toMatchObject({
        status: "received",
        received_at: expect.any(String),
        lines: [{ received_quantity: 10 }, { received_quantity: 5 }],
      })
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 20, incoming_quantity: 0 })
      expect(await level(paper.itemId)).toEqual({ stocked_quantity: 5, incoming_quantity: 0 })
      expect(full.data.purchase_order.events.map((event: { type: string }) => event.type)).toEqual([
        "created",
        "sent",
        "received",
        "received",
      ])
      expect(full.data.purchase_order.events[1]).toMatchObject({
        actor_type: "staff",
        actor_id: expect.stringMatching(/^user_/),
      })

      const list = (await api.get(`${POS}?status=received&q=${draft.number}`, admin)).data
      expect(list).toMatchObject({ count: 1, purchase_orders: [{ id: draft.id, line_count: 2 }] })
    })

    it("releases what was still incoming when a partly received PO is cancelled", async () => {
      const po = await sentPo([{ variant_id: toner.variantId, quantity: 10 }])
      expect((await receive(po.id, [{ line_id: po.lines[0].id, quantity: 3 }])).status).toBe(200)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 13, incoming_quantity: 7 })

      const cancelled = await api.post(`${POS}/${po.id}/cancel`, { reason: "Supplier out" }, admin)
      expect(cancelled.data.purchase_order.status).toBe("cancelled")
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 13, incoming_quantity: 0 })

      const late = await receive(po.id, [{ line_id: po.lines[0].id, quantity: 1 }])
      expect(late.status).toBe(409)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 13, incoming_quantity: 0 })
    })

    it("keeps what the merchant set by hand on a level's incoming, moving only the POs' share", async () => {
      const byHand = (incoming_quantity: number) =>
        api.post(
          `/admin/inventory-items/${toner.itemId}/location-levels/${locationId}`,
          { incoming_quantity },
          admin
        )
      await byHand(4)
      const po = await sentPo([{ variant_id: toner.variantId, quantity: 10 }])
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 14 })
      // The merchant changes their own figure while the PO is open; receipts move only the PO's.
      await byHand(16)
      expect((await receive(po.id, [{ line_id: po.lines[0].id, quantity: 3 }])).status).toBe(200)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 13, incoming_quantity: 13 })
      await api.post(`${POS}/${po.id}/cancel`, { reason: "Supplier out" }, admin)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 13, incoming_quantity: 6 })
    })

    it("sums the open POs of one item and location, and concurrent sends and receipts lose nothing", async () => {
      const open = await sentPo([{ variant_id: toner.variantId, quantity: 10 }])
      const drafts: Array<{ id: string }> = []
      for (const quantity of [1, 2, 3, 4, 5]) {
        drafts.push(await createPo([{ variant_id: toner.variantId, quantity }]))
      }
      const results = await Promise.all([
        ...drafts.map((po) => settle(api.post(`${POS}/${po.id}/send`, {}, admin))),
        receive(open.id, [{ line_id: open.lines[0].id, quantity: 2 }]),
        receive(open.id, [{ line_id: open.lines[0].id, quantity: 2 }]),
      ])
      expect(results.map((res) => res.status)).toEqual([200, 200, 200, 200, 200, 200, 200])
      // 10 - 4 still to come on the first, 1 + 2 + 3 + 4 + 5 on the others.
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 14, incoming_quantity: 21 })

      await api.post(`${POS}/${drafts[4].id}/cancel`, {}, admin)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 14, incoming_quantity: 16 })
    })

    it("never over-receives under concurrent receipts", async () => {
      const po = await sentPo([{ variant_id: toner.variantId, quantity: 10 }])
      const line = po.lines[0].id
      const results = await Promise.all(
        Array.from({ length: 8 }, () => receive(po.id, [{ line_id: line, quantity: 3 }]))
      )
      const statuses = results.map((res) => res.status).sort()
      expect(statuses).toEqual([200, 200, 200, 409, 409, 409, 409, 409])
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 19, incoming_quantity: 1 })
      const detail = (await api.get(`${POS}/${po.id}`, admin)).data.purchase_order
      expect(detail).toMatchObject({
        status: "partially_received",
        lines: [{ quantity: 10, received_quantity: 9 }],
      })
      expect(detail.events.filter((e: { type: string }) => e.type === "received")).toHaveLength(3)
    })

    it("refuses variants Medusa cannot order this way, and bad parties, writing nothing", async () => {
      const body = (lines: unknown[], extra: Record<string, unknown> = {}) => ({
        supplier_company_id: supplierId,
        stock_location_id: locationId,
        currency_code: "usd",
        lines,
        ...extra,
      })
      const unmanaged = await settle(
        api.post(
          POS,
          body([{ variant_id: store.variants[0].id, quantity: 1, unit_cost: 5 }]),
          admin
        )
      )
      expect(unmanaged.status).toBe(400)
      expect(unmanaged.data.message).toMatch(/inventory managed by Medusa/)

      const bundle = await settle(
        api.post(POS, body([{ variant_id: bundleVariantId, quantity: 1, unit_cost: 5 }]), admin)
      )
      expect(bundle.status).toBe(400)
      expect(bundle.data.message).toMatch(/2 inventory items.*exactly one/)

      const notSupplier = await settle(
        api.post(
          POS,
          body([{ variant_id: toner.variantId, quantity: 1, unit_cost: 5 }], {
            supplier_company_id: buyerOnlyId,
          }),
          admin
        )
      )
      expect(notSupplier.status).toBe(400)
      expect(notSupplier.data.message).toMatch(/not a supplier/)

      const badInput = [
        body([{ variant_id: toner.variantId, quantity: 0, unit_cost: 5 }]),
        body([{ variant_id: toner.variantId, quantity: 1, unit_cost: -1 }]),
        body([]),
        body([{ variant_id: toner.variantId, quantity: 1, unit_cost: 5 }], { extra: true }),
        body([{ variant_id: toner.variantId, quantity: 1, unit_cost: 5 }], {
          stock_location_id: "sloc_01ARZ3NDEKTSV4RRFFQ69G5FAV",
        }),
      ]
      for (const bad of badInput) {
        expect((await settle(api.post(POS, bad, admin))).status).toBe(400)
      }
      expect((await api.get(POS, admin)).data.count).toBe(0)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 0 })
    })

    it("answers 409 for a receipt on a draft and 4xx for bad input, changing nothing", async () => {
      const draft = await createPo([{ variant_id: toner.variantId, quantity: 10 }])
      const onDraft = await receive(draft.id, [{ line_id: draft.lines[0].id, quantity: 1 }])
      expect(onDraft.status).toBe(409)

      const po = await sentPo([{ variant_id: toner.variantId, quantity: 10 }])
      const before = (await api.get(`${POS}/${po.id}`, admin)).data.purchase_order
      const line = po.lines[0].id
      const refused = await Promise.all([
        receive(po.id, [{ line_id: line, quantity: 0 }]),
        receive(po.id, [{ line_id: draft.lines[0].id, quantity: 1 }]),
        receive(po.id, [
          { line_id: line, quantity: 1 },
          { line_id: line, quantity: 1 },
        ]),
        receive(po.id, [{ line_id: line, quantity: 11 }]),
        settle(api.post(`${POS}/${po.id}/receive`, { lines: [], note: "x" }, admin)),
        settle(
          api.post(`${POS}/po_nope/receive`, { lines: [{ line_id: line, quantity: 1 }] }, admin)
        ),
        settle(api.post(`${POS}/${po.id}`, { notes: "Too late" }, admin)),
        settle(api.post(`${POS}/${po.id}/send`, {}, admin)),
        settle(api.post(`${POS}/${po.id}/decline-change`, {}, admin)),
      ])
      expect(refused.map((res) => res.status)).toEqual([
        400, 400, 400, 409, 400, 400, 409, 409, 409,
      ])
      expect((await api.get(`${POS}/${po.id}`, admin)).data.purchase_order).toEqual(before)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 10 })
    })

    it("revises a draft's and a change-requested PO's lines, re-sends or declines, and incoming follows", async () => {
      const container = getContainer()
      const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
      /** The supplier's change request (their route is the supplier side's); as it lands. */
      const requestChange = async (id: string, message: string) => {
        expect(await procurement.claimPurchaseOrderStatus(id, ["sent"], "change_requested")).toBe(
          "sent"
        )
        await procurement.updatePortalPurchaseOrders({ id, change_request: message })
      }

      const draft = await createPo([{ variant_id: toner.variantId, quantity: 10 }])
      const edited = (
        await api.post(
          `${POS}/${draft.id}`,
          { notes: "Rush", lines: [{ variant_id: paper.variantId, quantity: 4, unit_cost: 2 }] },
          admin
        )
      ).data.purchase_order
      expect(edited).toMatchObject({
        notes: "Rush",
        total: 8,
        lines: [{ variant_id: paper.variantId, quantity: 4, unit_cost: 2 }],
      })
      expect(edited.lines).toHaveLength(1)
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 0 })

      await api.post(`${POS}/${draft.id}/send`, {}, admin)
      expect(await level(paper.itemId)).toEqual({ stocked_quantity: 0, incoming_quantity: 4 })

      // Under a change request the lines still count as incoming, so a revision moves it.
      await requestChange(draft.id, "Paper is out; we can ship 3 toners")
      await api.post(
        `${POS}/${draft.id}`,
        { lines: [{ variant_id: toner.variantId, quantity: 3, unit_cost: 12.5 }] },
        admin
      )
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 3 })
      expect(await level(paper.itemId)).toEqual({ stocked_quantity: 0, incoming_quantity: 0 })

      const resent = (await api.post(`${POS}/${draft.id}/send`, {}, admin)).data.purchase_order
      expect(resent).toMatchObject({ status: "sent", change_request: null })
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 3 })
      // Each send is its own email.
      expect((await notifications(container)).map((email) => email.to)).toEqual([
        "sue@paperworks.test",
        "sue@paperworks.test",
      ])

      await requestChange(draft.id, "Can it wait a week?")
      const declined = (
        await api.post(`${POS}/${draft.id}/decline-change`, { message: "No, sorry" }, admin)
      ).data.purchase_order
      expect(declined).toMatchObject({ status: "sent", change_request: null })
      expect(declined.events.map((event: { type: string }) => event.type)).toEqual([
        "created",
        "updated",
        "sent",
        "updated",
        "sent",
        "change_declined",
      ])
      expect(declined.events[5].data).toEqual({
        change_request: "Can it wait a week?",
        message: "No, sorry",
      })
      expect(await level(toner.itemId)).toEqual({ stocked_quantity: 10, incoming_quantity: 3 })

      // The supplier's contacts read staff's answer in the email, with the PO's page.
      const answer = await mail.latest({
        to: "sue@paperworks.test",
        template: "portal-contact-purchase-order-change-declined",
      })
      expect(answer.subject).toBe(`Change to purchase order ${draft.number} declined`)
      expect(answer.text).toContain("You asked: Can it wait a week?")
      expect(answer.text).toMatch(/wrote:\n> No, sorry/)
      expect(answer.html).toContain("No, sorry</blockquote>")
      expect(answer.links).toEqual([`${PORTAL_URL}/account/supplier/purchase-orders/${draft.id}`])
      expect(
        (await mail.all({ template: "portal-contact-purchase-order-change-declined" })).map(
          (email) => email.to
        )
      ).toEqual([["sue@paperworks.test"]])
    })

    it("keeps staff's answer when the supplier's mail server refuses the email", async () => {
      const po = await sentPo([{ variant_id: toner.variantId, quantity: 2 }])
      const procurement: ProcurementModuleService = getContainer().resolve(PROCUREMENT_MODULE)
      await procurement.claimPurchaseOrderStatus(po.id, ["sent"], "change_requested")
      await procurement.updatePortalPurchaseOrders({ id: po.id, change_request: "Can it wait?" })
      mail.refuse("sue@paperworks.test")
      const declined = await settle(
        api.post(`${POS}/${po.id}/decline-change`, { message: "No" }, admin)
      ).finally(() => mail.refuse())
      expect(declined.status).toBe(200)
      expect(declined.data.purchase_order).toMatchObject({ status: "sent", change_request: null })
      // Medusa keeps the failed email, so the answer is not lost without a trace.
      const rows = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ template: "portal-contact-purchase-order-change-declined" })
      expect(rows.map((row) => [row.to, row.status])).toEqual([["sue@paperworks.test", "failure"]])
    })

    it("downloads the PO as a PDF with its number", async () => {
      const po = await sentPo([{ variant_id: toner.variantId, quantity: 10 }])
      const res = await api.get(`${POS}/${po.id}/pdf`, { ...admin, responseType: "arraybuffer" })
      expect(res.headers["content-type"]).toBe("application/pdf")
      expect(res.headers["content-disposition"]).toContain(`${po.number}.pdf`)
      const text = await pdfText(Buffer.from(res.data))
      expect(text).toContain(po.number)
      expect(text).toContain("Paperworks")
      expect(text).toContain("Toner Cartridge")
      expect(text).toMatch(/\$125\.00/)
    })
  },
})
