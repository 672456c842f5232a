import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COLLABORATION_MODULE } from "../../src/modules/collaboration"
import type CollaborationModuleService from "../../src/modules/collaboration/service"
import { MAX_DOCUMENT_BYTES } from "../../src/shared/documents"
import { CUSTOMER_PERMISSIONS } from "../../src/shared/permissions"
import {
  asMember,
  createAcceptedQuote,
  createAdminUser,
  createStore,
  type Headers,
  portalAccounts,
  settle,
  type Store,
  waitFor,
} from "../helpers/fixtures"
import { ownPrivateFiles } from "../helpers/private-files"
import { pdfBytes } from "../helpers/procurement"

jest.setTimeout(240_000)

const privateFiles = ownPrivateFiles("portal-documents")

/** The first bytes of a PNG: what a picture of the job starts with. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("a picture of the gate"),
])

/**
 * Documents staff share with a company (docs/ARCHITECTURE.md, "Documents"): only the
 * company's contacts whose teams allow it read them, and only while the merchant offers
 * documents; a file is taken only when its content is what its name says and within the
 * size limit, and a refused upload stores nothing.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let acme: { id: string }
    let rival: { id: string }
    let buyer: Headers
    let outsider: Headers
    let lacking: Headers
    let viewer: Headers

    const documents = () => getContainer().resolve<CollaborationModuleService>(COLLABORATION_MODULE)
    const form = (file: Buffer, name: string, fields: Record<string, string> = {}) => {
      const body = new FormData()
      for (const [key, value] of Object.entries(fields)) body.append(key, value)
      body.append("file", new Blob([new Uint8Array(file)]), name)
      return body
    }
    const share = (companyId: string, body: FormData) =>
      settle(api.post(`/admin/portal/companies/${companyId}/documents`, body, admin))
    const setDocuments = (on: boolean) =>
      api.post("/admin/portal/settings", { documents_enabled: on }, admin)

    beforeAll(async () => {
      const container = getContainer()
      const staff = await createAdminUser(container)
      admin = staff.headers
      store = await createStore(container)
      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      acme = await company("Acme")
      rival = await company("Rival")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const nothing = await team("Quotes only", ["quotes.view"])
      const readers = await team("Readers", ["documents.view"])
      const ana = await contact("ana@acme.test")
      await addMember(acme.id, ana.id, [buyers.id])
      const rob = await contact("rob@rival.test")
      await addMember(rival.id, rob.id, [buyers.id])
      const lee = await contact("lee@acme.test")
      await addMember(acme.id, lee.id, [nothing.id])
      // The store's customer buys for Acme: the quote and order documents attach to.
      await addMember(acme.id, store.customer.id, [buyers.id])
      const vic = await contact("vic@acme.test")
      await addMember(acme.id, vic.id, [readers.id])
      viewer = asMember(store, vic.token)
      // They registered (a login and an account), so the contact emails reach them; the
      // module stores it, its update type leaves out what registration sets.
      await container
        .resolve(Modules.CUSTOMER)
        .updateCustomers([ana.id, vic.id, lee.id, rob.id], { has_account: true } as never)
      buyer = asMember(store, ana.token)
      outsider = asMember(store, rob.token)
      lacking = asMember(store, lee.token)
      await setDocuments(true)
      await api.post(
        "/admin/portal/settings",
        { notification_recipients: { documents_uploaded: [staff.user.id] } },
        admin
      )
    })

    it("shares a file with a company and its order, for its contacts only, streamed privately", async () => {
      const { order_id } = await createAcceptedQuote(api, admin, store, { company_id: acme.id })
      const contract = await share(
        acme.id,
        form(pdfBytes("contract"), "Framework contract 2027.pdf", { title: "Framework contract" })
      )
      expect(contract.status).toBe(201)
      expect(contract.data.document).toMatchObject({
        title: "Framework contract",
        file_name: "Framework contract 2027.pdf",
        type: "pdf",
        mime_type: "application/pdf",
        previewable: true,
        picture: false,
        attached_to: "company",
        source: "staff",
        company_id: acme.id,
      })
      const picture = await share(
        acme.id,
        form(PNG, "gate.png", {
          caption: "After: the new gate",
          attached_to: "order",
          attached_id: order_id,
        })
      )
      expect(picture.status).toBe(201)
      expect(picture.data.document).toMatchObject({
        title: "gate.png",
        caption: "After: the new gate",
        picture: true,
        attached_to: "order",
        attached_id: order_id,
      })
      // Staff cannot attach a file to another company's record.
      const elsewhere = await share(
        rival.id,
        form(PNG, "gate.png", { attached_to: "order", attached_id: order_id })
      )
      expect(elsewhere.status).toBe(404)

      // Acme's contact lists both, newest first, and filters to the order's pictures.
      const listed = await api.get("/store/portal/documents", buyer)
      expect(listed.data.documents.map((d: { id: string }) => d.id)).toEqual([
        picture.data.document.id,
        contract.data.document.id,
      ])
      expect(listed.data.documents[0]).not.toHaveProperty("added_by")
      const ofOrder = await api.get(
        `/store/portal/documents?attached_to=order&attached_id=${order_id}`,
        buyer
      )
      expect(ofOrder.data.count).toBe(1)

      // The file, inline for a PDF, never sniffed or cached, under its own name.
      const file = await api.get(`/store/portal/documents/${contract.data.document.id}/file`, {
        ...buyer,
        responseType: "arraybuffer",
      })
      expect(Buffer.from(file.data).equals(pdfBytes("contract"))).toBe(true)
      expect(file.headers["content-type"]).toBe("application/pdf")
      expect(file.headers["content-disposition"]).toMatch(
        /^inline; filename="Framework contract 2027.pdf"/
      )
      expect(file.headers["x-content-type-options"]).toBe("nosniff")
      expect(file.headers["cache-control"]).toBe("private, no-store")
      // A picture is served sandboxed: nothing in it can run.
      const image = await api.get(`/store/portal/documents/${picture.data.document.id}/file`, {
        ...buyer,
        responseType: "arraybuffer",
      })
      expect(image.headers["content-type"]).toBe("image/png")
      expect(image.headers["content-security-policy"]).toMatch(/sandbox/)

      // Rival's contact sees none of it and gets a 404 for its id.
      expect((await api.get("/store/portal/documents", outsider)).data.documents).toEqual([])
      const foreign = await settle(
        api.get(`/store/portal/documents/${contract.data.document.id}/file`, outsider)
      )
      expect(foreign.status).toBe(404)
      // Nor does a contact whose teams do not allow documents.
      const refused = await settle(api.get("/store/portal/documents", lacking))
      expect(refused.status).toBe(403)

      // Staff remove the contract: it leaves the portal and its file is deleted.
      const before = privateFiles().length
      await api.delete(`/admin/portal/documents/${contract.data.document.id}`, admin)
      expect(privateFiles()).toHaveLength(before - 1)
      const gone = await settle(
        api.get(`/store/portal/documents/${contract.data.document.id}/file`, buyer)
      )
      expect(gone.status).toBe(404)
    })

    it("refuses a file whose content is not what its name says, or too large, and stores nothing", async () => {
      const [, before] = await documents().listAndCountPortalDocuments({})
      const filesBefore = privateFiles()
      const cases = [
        // A picture named as a PDF, a PDF named as a picture.
        { name: "offer.pdf", bytes: PNG, status: 400 },
        { name: "gate.png", bytes: pdfBytes(), status: 400 },
        // Script dressed as a document, and a type the portal never serves.
        { name: "invoice.docx", bytes: Buffer.from("<script>alert(1)</script>"), status: 400 },
        { name: "logo.svg", bytes: Buffer.from("<svg onload=alert(1)/>"), status: 400 },
        { name: "run.exe", bytes: Buffer.from("MZ\x90\x00"), status: 400 },
        {
          name: "big.pdf",
          bytes: Buffer.concat([pdfBytes(), Buffer.alloc(MAX_DOCUMENT_BYTES)]),
          status: 413,
        },
      ]
      for (const { name, bytes, status } of cases) {
        const res = await share(acme.id, form(bytes, name))
        expect({ name, status: res.status }).toEqual({ name, status })
      }
      const lie = await share(acme.id, form(PNG, "offer.pdf"))
      expect(lie.data).toMatchObject({ type: "invalid_data", code: "documents.file_type" })
      const [, after] = await documents().listAndCountPortalDocuments({})
      expect(after).toBe(before)
      expect(privateFiles()).toEqual(filesBefore)
    })

    it("refuses documents to everyone while the merchant does not offer them", async () => {
      await setDocuments(false)
      try {
        const off = await settle(api.get("/store/portal/documents", buyer))
        expect(off.status).toBe(403)
        expect(off.data.code).toBe("features.documents_off")
        // Staff keep their documents meanwhile.
        const staff = await api.get(`/admin/portal/companies/${acme.id}/documents`, admin)
        expect(staff.status).toBe(200)
      } finally {
        await setDocuments(true)
      }
      expect((await api.get("/store/portal/documents", buyer)).status).toBe(200)
    })

    describe("document requests", () => {
      const alerts = () =>
        getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ template: "portal-staff-documents-uploaded" })
      const ask = async (title: string) =>
        (
          await api.post(
            `/admin/portal/companies/${acme.id}/document-requests`,
            {
              title,
              note: "For your account",
              items: [
                { name: "Certificate of insurance", due_date: "2027-01-31" },
                { name: "Tax exemption letter" },
              ],
            },
            admin
          )
        ).data.document_request
      const upload = (requestId: string, itemId: string, body: FormData, who = buyer) =>
        settle(
          api.post(
            `/store/portal/document-requests/${requestId}/items/${itemId}/uploads`,
            body,
            who
          )
        )

      it("emails the company's contacts who may upload what staff ask for, once", async () => {
        const request = await ask("Annual renewal")
        const emails = await waitFor(async () => {
          const sent = await getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ template: "portal-contact-documents-requested" })
          const ours = sent.filter((n) => n.data?.document_request_id === request.id)
          return ours.length ? ours : null
        })
        // Ana may upload; Vic only reads documents, Lee has neither, Rob is Rival's.
        expect(emails.map((n) => n.to)).toEqual(["ana@acme.test"])
        expect(emails[0].data).toMatchObject({ kind: "document_requests", company_id: acme.id })
      })

      it("takes the company's uploads against each item, for its contacts only", async () => {
        const request = await ask("Onboarding")
        expect(request).toMatchObject({ status: "open", company_id: acme.id })
        const [insurance] = request.items
        // Acme's contact sees the checklist; Rival's sees nothing and gets a 404 by id.
        const listed = await api.get("/store/portal/document-requests", buyer)
        expect(listed.data.document_requests.map((r: { id: string }) => r.id)).toContain(request.id)
        expect(listed.data.document_requests[0]).not.toHaveProperty("company_id")
        expect((await api.get("/store/portal/document-requests", outsider)).data.count).toBe(0)
        const foreign = await settle(
          api.get(`/store/portal/document-requests/${request.id}`, outsider)
        )
        expect(foreign.status).toBe(404)
        const foreignUpload = await upload(
          request.id,
          insurance.id,
          form(pdfBytes(), "a.pdf"),
          outsider
        )
        expect(foreignUpload.status).toBe(404)
        // A contact who may only read documents may not upload.
        const readerUpload = await upload(
          request.id,
          insurance.id,
          form(pdfBytes(), "a.pdf"),
          viewer
        )
        expect(readerUpload.status).toBe(403)

        const uploaded = await upload(
          request.id,
          insurance.id,
          form(pdfBytes("coi"), "COI 2027.pdf")
        )
        expect(uploaded.status).toBe(201)
        expect(uploaded.data.document_request.items[0].uploads).toEqual([
          expect.objectContaining({
            file_name: "COI 2027.pdf",
            source: "contact",
            attached_to: "request_item",
            attached_id: insurance.id,
          }),
        ])
        expect(uploaded.data.document_request.status).toBe("open")
        // A picture named as a PDF is refused, and nothing is stored.
        const files = privateFiles()
        const lie = await upload(request.id, insurance.id, form(PNG, "COI.pdf"))
        expect(lie.status).toBe(400)
        expect(privateFiles()).toEqual(files)
        // Staff see what was uploaded.
        const staffView = await api.get(`/admin/portal/document-requests/${request.id}`, admin)
        expect(staffView.data.document_request.items[0].uploads).toHaveLength(1)
      })

      it("alerts staff once when the company is done uploading, however often it is pressed", async () => {
        const request = await ask("Year-end")
        const before = (await alerts()).length
        const presses = await Promise.all(
          Array.from({ length: 8 }, () =>
            settle(api.post(`/store/portal/document-requests/${request.id}/done`, {}, buyer))
          )
        )
        expect(presses.map((press) => press.status)).toEqual(Array(8).fill(200))
        expect(presses[0].data.document_request.status).toBe("done")
        await waitFor(async () => ((await alerts()).length > before ? true : null))
        // A done request takes no more uploads, until staff reopen it.
        const late = await upload(request.id, request.items[0].id, form(pdfBytes(), "late.pdf"))
        expect(late.status).toBe(409)
        expect(late.data.code).toBe("documents.request_not_open")
        const reopened = await api.post(
          `/admin/portal/document-requests/${request.id}`,
          { status: "open" },
          admin
        )
        expect(reopened.data.document_request).toMatchObject({ status: "open", done_at: null })
        // Ticking "I'm completely done uploading" in the upload dialog says it too: one more alert.
        const body = form(pdfBytes("last"), "last.pdf", { done: "true" })
        const last = await upload(request.id, request.items[1].id, body)
        expect(last.data.document_request.status).toBe("done")
        const sent = await waitFor(async () => {
          const found = await alerts()
          return found.length >= before + 2 ? found : null
        })
        // Eight presses and a tick made two alerts: one per time the request became done.
        expect(sent.length).toBe(before + 2)
        expect(sent[sent.length - 1].data).toMatchObject({ document_request_id: request.id })
      })
    })
  },
})
