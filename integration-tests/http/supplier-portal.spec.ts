import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import { PROCUREMENT_MODULE } from "../../src/modules/procurement"
import type ProcurementModuleService from "../../src/modules/procurement/service"
import { SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"
import { MAX_SUPPLIER_BILL_BYTES } from "../../src/shared/procurement"
import { untranslated } from "../../src/lib/i18n"
import { pdfText } from "../helpers/pdf-text"
import { ownPrivateFiles } from "../helpers/private-files"
import { reconcileHalfDoneAcceptancesWorkflow } from "../../src/workflows/quote/workflows/reconcile-half-done"
import {
  asMember,
  createAdminUser,
  createStore,
  type Headers,
  portalAccounts,
  settle,
  type Store,
  waitFor,
} from "../helpers/fixtures"
import {
  acknowledgedPurchaseOrder,
  billForm,
  createOrderableVariants,
  createWarehouse,
  draftPurchaseOrder,
  pdfBytes,
  sentPurchaseOrder,
  tomorrow,
} from "../helpers/procurement"

jest.setTimeout(240_000)

/** The bill PDFs land in this file's own private files folder. */
const privateFiles = ownPrivateFiles("portal-supplier-bills")

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let companyA: { id: string }
    let companyB: { id: string }
    let vendorA: Headers
    let vendorB: Headers
    let viewerA: Headers
    let vendorAId: string
    const po = {} as Record<"draftA" | "sentA" | "changeA" | "ackA" | "sentB" | "ackB", string>

    const procurement = () => getContainer().resolve<ProcurementModuleService>(PROCUREMENT_MODULE)
    const alertsTo = (email: string, template: string) =>
      waitFor(async () => {
        const found = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ to: email, template })
        return found.length ? found : null
      })
    const submit = (who: Headers, form: FormData) =>
      settle(api.post("/store/portal/supplier-bills", form, who))
    const billFields = (purchase_order_id: string, bill_number = "INV-77") => ({
      purchase_order_id,
      bill_number,
      amount: "1234.50",
      due_date: tomorrow(30),
    })

    beforeAll(async () => {
      const container = getContainer()
      const adminUser = await createAdminUser(container)
      admin = adminUser.headers
      store = await createStore(container)
      const variants = await createOrderableVariants(container)
      const warehouse = await createWarehouse(container)

      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      companyA = await company("Parts Co", { is_customer: false, is_supplier: true })
      companyB = await company("Bolt Works", { is_customer: false, is_supplier: true })
      const suppliers = await team("Suppliers", SUPPLIER_PERMISSIONS)
      const viewers = await team("PO viewers", ["purchase_orders.view"])
      const a = await contact("vendor@parts.test")
      await addMember(companyA.id, a.id, [suppliers.id])
      const b = await contact("vendor@bolt.test")
      await addMember(companyB.id, b.id, [suppliers.id])
      const viewer = await contact("viewer@parts.test")
      await addMember(companyA.id, viewer.id, [viewers.id])
      vendorA = asMember(store, a.token)
      vendorB = asMember(store, b.token)
      viewerA = asMember(store, viewer.token)
      vendorAId = a.id

      await api.post(
        "/admin/portal/settings",
        {
          notification_recipients: {
            po_acknowledged: [adminUser.user.id],
            bill_submitted: [adminUser.user.id],
          },
        },
        admin
      )

      const seed = (companyId: string, quantities = [5, 3]) => ({
        supplier_company_id: companyId,
        stock_location_id: warehouse.id,
        notes: "Deliver to dock 2",
        lines: quantities.map((quantity, index) => ({
          variant_id: variants[index].id,
          quantity,
          unit_cost: 12.5 + index,
        })),
      })
      po.draftA = await draftPurchaseOrder(container, seed(companyA.id))
      po.sentA = await sentPurchaseOrder(container, seed(companyA.id))
      po.changeA = await sentPurchaseOrder(container, seed(companyA.id, [4]))
      po.ackA = await acknowledgedPurchaseOrder(container, seed(companyA.id, [10]), {
        customer_id: a.id,
      })
      po.sentB = await sentPurchaseOrder(container, seed(companyB.id))
      po.ackB = await acknowledgedPurchaseOrder(container, seed(companyB.id, [2]), {
        customer_id: b.id,
      })
      // The two acknowledgements' alerts are sent after they committed; let them land
      // before the database is snapshotted for the tests.
      await waitFor(async () => {
        const sent = await container
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "portal-staff-po-acknowledged" })
        return sent.length === 2 ? sent : null
      })
    })

    it("lists and shows only the active company's purchase orders, never a draft", async () => {
      const list = await api.get("/store/portal/purchase-orders", vendorA)
      expect(list.data.purchase_orders.map((o: { id: string }) => o.id).sort()).toEqual(
        [po.sentA, po.changeA, po.ackA].sort()
      )
      expect(list.data.count).toBe(3)
      const sent = list.data.purchase_orders.find((o: { id: string }) => o.id === po.sentA)
      expect(sent).toEqual({
        id: po.sentA,
        number: expect.stringMatching(/^PO-\d+$/),
        status: "sent",
        currency_code: "usd",
        total: 5 * 12.5 + 3 * 13.5,
        line_count: 2,
        sent_at: expect.any(String),
        acknowledged_at: null,
        expected_at: null,
      })
      const filtered = await api.get("/store/portal/purchase-orders?status=acknowledged", vendorA)
      expect(filtered.data.purchase_orders.map((o: { id: string }) => o.id)).toEqual([po.ackA])

      const detail = (await api.get(`/store/portal/purchase-orders/${po.sentA}`, vendorA)).data
        .purchase_order
      expect(detail).toMatchObject({
        id: po.sentA,
        status: "sent",
        notes: "Deliver to dock 2",
        ship_to: { name: "Receiving Dock", address: { city: "Columbus" } },
        can_acknowledge: true,
        can_bill: false,
        bills: [],
      })
      expect(detail.lines).toHaveLength(2)
      // A contact who may only view is offered neither action the routes would refuse them.
      const asViewer = async (id: string) =>
        (await api.get(`/store/portal/purchase-orders/${id}`, viewerA)).data.purchase_order
      expect(await asViewer(po.sentA)).toMatchObject({ can_acknowledge: false, can_bill: false })
      expect(await asViewer(po.ackA)).toMatchObject({ can_acknowledge: false, can_bill: false })
      expect(
        (await api.get(`/store/portal/purchase-orders/${po.ackA}`, vendorA)).data.purchase_order
      ).toMatchObject({ can_bill: true })
      expect(detail.lines[0]).toEqual({
        id: expect.stringMatching(/^poline_/),
        product_title: "Toner Cartridge",
        variant_title: "Black",
        sku: "TONER-BLACK",
        quantity: 5,
        received_quantity: 0,
        unit_cost: 12.5,
        promised_at: null,
      })
      // Nothing of staff's or other modules' ids.
      expect(JSON.stringify(detail)).not.toMatch(
        /variant_[0-9A-Z]{26}|iitem_|"created_by"|"events"/
      )

      for (const id of [po.draftA, po.sentB, po.ackB]) {
        const res = await settle(api.get(`/store/portal/purchase-orders/${id}`, vendorA))
        expect({ id, status: res.status }).toEqual({ id, status: 404 })
      }
      // The other way round too: B's contact cannot read A's PO, its PDF or bills on it.
      const fromB = await settle(api.get(`/store/portal/purchase-orders/${po.sentA}`, vendorB))
      expect(fromB.status).toBe(404)
      expect(fromB.data.message).toBe(`Purchase order ${po.sentA} was not found`)
      const pdf = await api.get(`/store/portal/purchase-orders/${po.sentA}/pdf`, {
        ...vendorA,
        responseType: "arraybuffer",
      })
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(Buffer.from(pdf.data).subarray(0, 5).toString()).toBe("%PDF-")
      expect(await pdfText(Buffer.from(pdf.data))).toContain("Purchase order")
      // In the supplier's language once their company has one: every word of it.
      await api.post(`/admin/portal/companies/${companyA.id}`, { language: "fr" }, admin)
      const french = await pdfText(
        Buffer.from(
          (
            await api.get(`/store/portal/purchase-orders/${po.sentA}/pdf`, {
              ...vendorA,
              responseType: "arraybuffer",
            })
          ).data
        )
      )
      expect(french).toContain("Bon de commande")
      expect(french).toContain("Numéro : ")
      // The staff's note is the merchant's words, not the portal's.
      expect(untranslated(french.replace("Deliver to dock 2", ""), "pdf", "fr")).toEqual([])
      for (const id of [po.draftA, po.sentB]) {
        const res = await settle(api.get(`/store/portal/purchase-orders/${id}/pdf`, vendorA))
        expect({ id, status: res.status }).toEqual({ id, status: 404 })
      }
      const listB = await api.get("/store/portal/purchase-orders", vendorB)
      expect(listB.data.purchase_orders.map((o: { id: string }) => o.id).sort()).toEqual(
        [po.sentB, po.ackB].sort()
      )
    })

    it("acknowledges with a promised date per line, stores the dates and alerts staff", async () => {
      const detail = (await api.get(`/store/portal/purchase-orders/${po.sentA}`, vendorA)).data
        .purchase_order
      const [first, second] = detail.lines.map((line: { id: string }) => line.id)

      // Every line needs a date, none in the past; the viewer may not acknowledge at all.
      const refused = [
        await settle(
          api.post(
            `/store/portal/purchase-orders/${po.sentA}/acknowledge`,
            { lines: [{ line_id: first, promised_at: tomorrow() }] },
            vendorA
          )
        ),
        await settle(
          api.post(
            `/store/portal/purchase-orders/${po.sentA}/acknowledge`,
            {
              lines: [
                { line_id: first, promised_at: tomorrow() },
                { line_id: second, promised_at: "2020-01-01" },
              ],
            },
            vendorA
          )
        ),
        await settle(
          api.post(
            `/store/portal/purchase-orders/${po.sentA}/acknowledge`,
            {
              lines: [
                { line_id: first, promised_at: tomorrow() },
                { line_id: second, promised_at: tomorrow() },
              ],
            },
            viewerA
          )
        ),
      ]
      expect(refused.map((res) => res.status)).toEqual([400, 400, 403])
      expect(refused[1].data.message).toContain("in the past")
      expect((await procurement().retrievePortalPurchaseOrder(po.sentA)).status).toBe("sent")

      const res = await api.post(
        `/store/portal/purchase-orders/${po.sentA}/acknowledge`,
        {
          lines: [
            { line_id: first, promised_at: tomorrow(3) },
            { line_id: second, promised_at: tomorrow(10) },
          ],
          note: "Second line ships from our other plant",
        },
        vendorA
      )
      expect(res.data.purchase_order).toMatchObject({
        status: "acknowledged",
        acknowledged_at: expect.any(String),
        can_acknowledge: false,
        can_bill: true,
      })
      const lines = await procurement().listPortalPurchaseOrderLines({
        purchase_order_id: po.sentA,
      })
      expect(
        Object.fromEntries(lines.map((l) => [l.id, new Date(l.promised_at!).toISOString()]))
      ).toEqual({
        [first]: `${tomorrow(3)}T00:00:00.000Z`,
        [second]: `${tomorrow(10)}T00:00:00.000Z`,
      })
      const events = await procurement().listPortalProcurementEvents({
        purchase_order_id: po.sentA,
        type: "acknowledged",
      })
      expect(events).toEqual([
        expect.objectContaining({ actor_type: "supplier", actor_id: vendorAId }),
      ])
      // Sent by a subscriber once the acknowledgement has committed; the seed's
      // acknowledgements alerted too, so wait for this PO's.
      const alerts = await waitFor(async () => {
        const sent = (await alertsTo("admin@example.com", "portal-staff-po-acknowledged")).filter(
          (alert) => alert.data?.purchase_order_id === po.sentA
        )
        return sent.length ? sent : null
      })
      expect(alerts.map((alert) => alert.data)).toEqual([
        expect.objectContaining({
          purchase_order_id: po.sentA,
          purchase_order_number: detail.number,
        }),
      ])

      const again = await settle(
        api.post(
          `/store/portal/purchase-orders/${po.sentA}/acknowledge`,
          {
            lines: [
              { line_id: first, promised_at: tomorrow() },
              { line_id: second, promised_at: tomorrow() },
            ],
          },
          vendorA
        )
      )
      expect(again.status).toBe(409)
    })

    it("asks for a change with a message, after which the PO cannot be acknowledged", async () => {
      const empty = await settle(
        api.post(
          `/store/portal/purchase-orders/${po.changeA}/request-change`,
          { message: " " },
          vendorA
        )
      )
      expect(empty.status).toBe(400)
      const res = await api.post(
        `/store/portal/purchase-orders/${po.changeA}/request-change`,
        { message: "We can only deliver 3 this month" },
        vendorA
      )
      expect(res.data.purchase_order).toMatchObject({
        status: "change_requested",
        change_request: "We can only deliver 3 this month",
        can_acknowledge: false,
      })
      const stored = await procurement().retrievePortalPurchaseOrder(po.changeA)
      expect(stored.change_request).toBe("We can only deliver 3 this month")
      const [line] = res.data.purchase_order.lines
      // Refused in the supplier's company's language, named by its catalog key.
      await api.post(`/admin/portal/companies/${companyA.id}`, { language: "de" }, admin)
      const ack = await settle(
        api.post(
          `/store/portal/purchase-orders/${po.changeA}/acknowledge`,
          { lines: [{ line_id: line.id, promised_at: tomorrow() }] },
          vendorA
        )
      )
      expect(ack.status).toBe(409)
      expect(ack.data).toMatchObject({
        code: "procurement.purchase_order.cannot_become",
        message: `Bestellung ${res.data.purchase_order.number} ist in Änderung und kann nicht auf „bestätigt“ gesetzt werden`,
      })
      // Another company's PO is as unknown as a missing one.
      const foreign = await settle(
        api.post(
          `/store/portal/purchase-orders/${po.sentB}/request-change`,
          { message: "x" },
          vendorA
        )
      )
      expect(foreign.status).toBe(404)
      expect((await procurement().retrievePortalPurchaseOrder(po.sentB)).status).toBe("sent")

      // Staff decline with a message: the supplier's view says so, with the message, until the
      // supplier answers the PO again.
      const view = async () =>
        (await api.get(`/store/portal/purchase-orders/${po.changeA}`, vendorA)).data.purchase_order
      expect((await view()).declined_change).toBeNull()
      await api.post(
        `/admin/portal/purchase-orders/${po.changeA}/decline-change`,
        { message: "We need all 4 by Friday" },
        admin
      )
      const declined = await view()
      expect(declined).toMatchObject({
        status: "sent",
        change_request: null,
        declined_change: {
          change_request: "We can only deliver 3 this month",
          message: "We need all 4 by Friday",
          declined_at: expect.any(String),
        },
      })
      expect(declined.events).toBeUndefined()
    })

    it("takes a bill's PDF, keeps it private, and staff download the same bytes", async () => {
      const filesBefore = privateFiles()
      const bytes = pdfBytes("parts-co-inv-77")
      const res = await submit(vendorA, billForm(billFields(po.ackA), { bytes }))
      expect(res.status).toBe(201)
      const bill = res.data.supplier_bill
      expect(bill).toMatchObject({
        id: expect.stringMatching(/^sbill_/),
        bill_number: "INV-77",
        status: "submitted",
        amount: 1234.5,
        currency_code: "usd",
        due_at: `${tomorrow(30)}T00:00:00.000Z`,
        rejection_reason: null,
        purchase_order: { id: po.ackA, number: expect.stringMatching(/^PO-/) },
      })
      expect(privateFiles().length).toBe(filesBefore.length + 1)

      const pdf = await api.get(`/admin/portal/supplier-bills/${bill.id}/pdf`, {
        ...admin,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(pdf.data).equals(bytes)).toBe(true)
      expect(pdf.headers["content-type"]).toBe("application/pdf")
      expect(pdf.headers["content-disposition"]).toBe(
        `attachment; filename="${bill.purchase_order.number}-bill-INV-77.pdf"`
      )
      const own = await api.get(`/store/portal/supplier-bills/${bill.id}/pdf`, {
        ...vendorA,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(own.data).equals(bytes)).toBe(true)

      const staffList = await api.get(
        `/admin/portal/supplier-bills?supplier_company_id=${companyA.id}&status=submitted`,
        admin
      )
      expect(staffList.data.supplier_bills).toEqual([
        expect.objectContaining({
          id: bill.id,
          supplier_company: { id: companyA.id, name: "Parts Co" },
        }),
      ])
      const alerts = await alertsTo("admin@example.com", "portal-staff-bill-submitted")
      expect(alerts.map((alert) => alert.data)).toEqual([
        expect.objectContaining({ supplier_bill_id: bill.id, bill_number: "INV-77" }),
      ])

      // The supplier follows it; another supplier sees nothing of it.
      const mine = await api.get(
        `/store/portal/supplier-bills?purchase_order_id=${po.ackA}`,
        vendorA
      )
      expect(mine.data.supplier_bills.map((b: { id: string }) => b.id)).toEqual([bill.id])
      const onPo = await api.get(`/store/portal/purchase-orders/${po.ackA}`, vendorA)
      expect(onPo.data.purchase_order.bills).toEqual([
        expect.objectContaining({ id: bill.id, status: "submitted", amount: 1234.5 }),
      ])
      for (const path of [
        `/store/portal/supplier-bills/${bill.id}`,
        `/store/portal/supplier-bills/${bill.id}/pdf`,
      ]) {
        expect((await settle(api.get(path, vendorB))).status).toBe(404)
      }
      expect((await api.get("/store/portal/supplier-bills", vendorB)).data.supplier_bills).toEqual(
        []
      )

      // The same number again is a 409, and nothing more is stored.
      const filesAfter = privateFiles()
      const duplicate = await submit(vendorA, billForm(billFields(po.ackA)))
      expect(duplicate.status).toBe(409)
      expect(privateFiles()).toEqual(filesAfter)
      expect(await procurement().listPortalSupplierBills({})).toHaveLength(1)
    })

    it("refuses a bill that is not a PDF, too large, on another company's PO or an unbillable one, storing nothing", async () => {
      const filesBefore = privateFiles()
      const attempts = {
        "not a PDF": await submit(
          vendorA,
          billForm(billFields(po.ackA), {
            bytes: Buffer.from("<html>not a pdf</html>"),
            name: "bill.pdf",
            type: "application/pdf",
          })
        ),
        "too large": await submit(
          vendorA,
          billForm(billFields(po.ackA), {
            bytes: Buffer.concat([pdfBytes(), Buffer.alloc(MAX_SUPPLIER_BILL_BYTES)]),
          })
        ),
        "no file": await submit(vendorA, billForm(billFields(po.ackA), null)),
        "zero amount": await submit(vendorA, billForm({ ...billFields(po.ackA), amount: "0" })),
        "control character in the number": await submit(
          vendorA,
          billForm({ ...billFields(po.ackA), bill_number: "INV\u0007-1" })
        ),
        "bad date": await submit(
          vendorA,
          billForm({ ...billFields(po.ackA), due_date: "2026-02-30" })
        ),
        "unknown field": await submit(
          vendorA,
          (() => {
            const form = billForm(billFields(po.ackA))
            form.append("status", "paid")
            return form
          })()
        ),
        "another company's PO": await submit(vendorA, billForm(billFields(po.ackB))),
        "a draft": await submit(vendorA, billForm(billFields(po.draftA))),
        "not acknowledged yet": await submit(vendorA, billForm(billFields(po.sentA))),
        "without the permission": await submit(viewerA, billForm(billFields(po.ackA))),
      }
      expect(Object.fromEntries(Object.entries(attempts).map(([k, r]) => [k, r.status]))).toEqual({
        "not a PDF": 400,
        "too large": 413,
        "no file": 400,
        "zero amount": 400,
        "control character in the number": 400,
        "bad date": 400,
        "unknown field": 400,
        "another company's PO": 404,
        "a draft": 404,
        "not acknowledged yet": 409,
        "without the permission": 403,
      })
      expect(attempts["not a PDF"].data.message).toBe("The bill must be a PDF file")
      expect(attempts["too large"].data.message).toBe("The file is larger than 10 MB")
      expect(await procurement().listPortalSupplierBills({})).toEqual([])
      expect(privateFiles()).toEqual(filesBefore)
    })

    it("lets one of two simultaneous acknowledgements or same-numbered bills through, keeping one file", async () => {
      const detail = (await api.get(`/store/portal/purchase-orders/${po.sentA}`, vendorA)).data
        .purchase_order
      const body = {
        lines: detail.lines.map((line: { id: string }) => ({
          line_id: line.id,
          promised_at: tomorrow(2),
        })),
      }
      const acks = await Promise.all(
        [0, 1].map(() =>
          settle(api.post(`/store/portal/purchase-orders/${po.sentA}/acknowledge`, body, vendorA))
        )
      )
      expect(acks.map((res) => res.status).sort()).toEqual([200, 409])

      const filesBefore = privateFiles()
      const bills = await Promise.all(
        [0, 1].map(() => submit(vendorA, billForm(billFields(po.ackA, "INV-RACE"))))
      )
      expect(bills.map((res) => res.status).sort()).toEqual([201, 409])
      expect(await procurement().listPortalSupplierBills({ bill_number: "INV-RACE" })).toHaveLength(
        1
      )
      // The loser's PDF, if it was stored before its row was refused, is deleted again.
      expect(privateFiles().length).toBe(filesBefore.length + 1)
    })

    it("lets staff approve, reject with a reason and mark paid, refusing a wrong transition", async () => {
      const submitted = async (number: string) =>
        (await submit(vendorA, billForm(billFields(po.ackA, number)))).data.supplier_bill
          .id as string
      const first = await submitted("INV-1")
      const second = await submitted("INV-2")
      const bills = "/admin/portal/supplier-bills"

      const paidTooEarly = await settle(api.post(`${bills}/${first}/mark-paid`, {}, admin))
      expect(paidTooEarly.status).toBe(409)
      expect(paidTooEarly.data.message).toBe("Bill INV-1 is submitted and cannot become paid")

      const approved = await api.post(`${bills}/${first}/approve`, {}, admin)
      expect(approved.data.supplier_bill).toMatchObject({
        status: "approved",
        approved_at: expect.any(String),
      })
      expect((await settle(api.post(`${bills}/${first}/approve`, {}, admin))).status).toBe(409)
      const paid = await api.post(`${bills}/${first}/mark-paid`, {}, admin)
      expect(paid.data.supplier_bill).toMatchObject({ status: "paid", paid_at: expect.any(String) })
      expect(
        (await settle(api.post(`${bills}/${first}/reject`, { reason: "Late" }, admin))).status
      ).toBe(409)

      expect((await settle(api.post(`${bills}/${second}/reject`, {}, admin))).status).toBe(400)
      const rejected = await api.post(
        `${bills}/${second}/reject`,
        { reason: "The unit cost differs from the PO" },
        admin
      )
      expect(rejected.data.supplier_bill).toMatchObject({
        status: "rejected",
        rejection_reason: "The unit cost differs from the PO",
        rejected_at: expect.any(String),
      })
      const seen = await api.get(`/store/portal/supplier-bills/${second}`, vendorA)
      expect(seen.data.supplier_bill).toMatchObject({
        status: "rejected",
        rejection_reason: "The unit cost differs from the PO",
      })
      // A rejected bill's number may be submitted again, corrected.
      expect((await submit(vendorA, billForm(billFields(po.ackA, "INV-2")))).status).toBe(201)

      const events = await procurement().listPortalProcurementEvents({ purchase_order_id: po.ackA })
      expect(events.map((e) => e.type).sort()).toEqual(
        [
          "created",
          "sent",
          "acknowledged",
          "bill_submitted",
          "bill_submitted",
          "bill_submitted",
          "bill_approved",
          "bill_paid",
          "bill_rejected",
        ].sort()
      )
      expect(
        (await settle(api.post(`${bills}/sbill_01JAAAAAAAAAAAAAAAAAAAAAAA/approve`, {}, admin)))
          .status
      ).toBe(404)
      expect(
        (await api.get(`${bills}?status=paid`, admin)).data.supplier_bills.map(
          (b: { id: string }) => b.id
        )
      ).toEqual([first])
    })

    it("tracks a bill's PDF until its row holds it: the reconciler deletes one whose bill was never written", async () => {
      const container = getContainer()
      const agreements = container.resolve<AgreementModuleService>(AGREEMENT_MODULE)
      const tracked = async () =>
        (await agreements.listPortalPrivateFiles({}, { select: ["file_id"] })).map(
          (row) => row.file_id
        )
      const submitted = await submit(vendorA, billForm(billFields(po.ackA, "INV-TRACKED")))
      expect(submitted.status).toBe(201)
      const billed = await procurement().retrievePortalSupplierBill(
        submitted.data.supplier_bill.id,
        { select: ["file_id"] }
      )
      expect(await tracked()).toEqual([])

      // What a process killed mid-submission leaves: a PDF stored before its bill row was
      // written, and one whose row was written just before the file was untracked.
      const files = container.resolve(Modules.FILE)
      const stray = await files.createFiles({
        filename: "stray-bill",
        mimeType: "application/pdf",
        content: pdfBytes("stray").toString("base64"),
        access: "private",
      })
      await agreements.createPortalPrivateFiles([
        { file_id: stray.id, purpose: "supplier_bill" },
        { file_id: billed.file_id, purpose: "supplier_bill" },
      ])
      const before = privateFiles()
      const { result } = await reconcileHalfDoneAcceptancesWorkflow(container).run({
        input: { grace_ms: 0 },
      })
      expect(result.files_deleted).toBe(1)
      expect(await tracked()).toEqual([])
      expect(before.length - privateFiles().length).toBe(1)
      const pdf = await api.get(
        `/admin/portal/supplier-bills/${submitted.data.supplier_bill.id}/pdf`,
        admin
      )
      expect(pdf.status).toBe(200)
    })
  },
})
