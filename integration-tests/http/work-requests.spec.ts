import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COLLABORATION_MODULE } from "../../src/modules/collaboration"
import type CollaborationModuleService from "../../src/modules/collaboration/service"
import { CUSTOMER_PERMISSIONS } from "../../src/shared/permissions"
import { MAX_WORK_REQUEST_ATTACHMENTS } from "../../src/shared/work-requests"
import { attachWorkRequestFileWorkflow } from "../../src/workflows/collaboration/workflows/work-requests"
import {
  asMember,
  createAdminUser,
  createCustomerToken,
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

const privateFiles = ownPrivateFiles("portal-work-requests")

/** The first bytes of a PNG. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("a photo of the broken hinge"),
])

/**
 * Work requests (docs/ARCHITECTURE.md, "Work requests"): a company's contacts submit them and
 * follow the thread; staff triage, answer, and turn one into a quote; nobody of another
 * company reaches any of it, and nothing is offered while the merchant turns it off.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let staffId: string
    let store: Store
    let acme: { id: string }
    let buyer: Headers
    let outsider: Headers
    let lacking: Headers
    let viewer: Headers
    let storeBuyer: Headers
    let writer: Headers

    const collaboration = () =>
      getContainer().resolve<CollaborationModuleService>(COLLABORATION_MODULE)
    const notifications = (template: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })
    const form = (file: Buffer, name: string) => {
      const body = new FormData()
      body.append("file", new Blob([new Uint8Array(file)]), name)
      return body
    }
    const submit = async (subject = "The north gate sticks", who = buyer) =>
      (
        await api.post(
          "/store/portal/work-requests",
          { subject, description: "It sticks when it is cold.\nPlease have a look." },
          who
        )
      ).data.work_request
    const setFeature = (on: boolean) =>
      api.post(
        "/admin/portal/settings",
        { work_requests_enabled: on, documents_enabled: on },
        admin
      )

    beforeAll(async () => {
      const container = getContainer()
      const staff = await createAdminUser(container)
      admin = staff.headers
      staffId = staff.user.id
      store = await createStore(container)
      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      acme = await company("Acme")
      const rival = await company("Rival")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const quotesOnly = await team("Quotes only", ["quotes.view"])
      const readers = await team("Readers", ["work_requests.view"])
      const ana = await contact("ana@acme.test")
      await addMember(acme.id, ana.id, [buyers.id])
      const rob = await contact("rob@rival.test")
      await addMember(rival.id, rob.id, [buyers.id])
      const lee = await contact("lee@acme.test")
      await addMember(acme.id, lee.id, [quotesOnly.id])
      const vic = await contact("vic@acme.test")
      await addMember(acme.id, vic.id, [readers.id])
      const wes = await contact("wes@acme.test")
      await addMember(acme.id, wes.id, [(await team("Writers", ["work_requests.submit"])).id])
      writer = asMember(store, wes.token)
      // The store's customer buys for Acme too: their request becomes a quote.
      await addMember(acme.id, store.customer.id, [buyers.id])
      // They registered (a login and an account), so the contact emails reach them.
      await container
        .resolve(Modules.CUSTOMER)
        // The module stores it; its update type leaves out what registration sets.
        .updateCustomers([ana.id, vic.id, lee.id, rob.id], { has_account: true } as never)
      buyer = asMember(store, ana.token)
      outsider = asMember(store, rob.token)
      lacking = asMember(store, lee.token)
      viewer = asMember(store, vic.token)
      storeBuyer = asMember(
        store,
        await createCustomerToken(container, store.customer.id, "buyer@acme.test")
      )
      await setFeature(true)
      await api.post(
        "/admin/portal/settings",
        {
          notification_recipients: {
            work_request_submitted: [staffId],
            work_request_reply: { user_ids: [], staff_group_ids: [], template: null },
          },
        },
        admin
      )
    })

    it("takes a contact's request through triage and a thread, for its company only", async () => {
      const request = await submit()
      expect(request).toMatchObject({
        number: expect.stringMatching(/^WR-\d+$/),
        subject: "The north gate sticks",
        status: "new",
        messages: [],
        attachments: [],
        quote: null,
      })
      expect(request).not.toHaveProperty("assignee_id")
      // Staff hear of it once.
      const submitted = await waitFor(async () => {
        const sent = await notifications("portal-staff-work-request-submitted")
        return sent.length ? sent : null
      })
      expect(submitted).toHaveLength(1)
      expect(submitted[0].data).toMatchObject({ work_request_id: request.id })

      // Rival's contact sees none of it: not in the list, 404 by id for every route.
      expect((await api.get("/store/portal/work-requests", outsider)).data.count).toBe(0)
      for (const attempt of [
        () => api.get(`/store/portal/work-requests/${request.id}`, outsider),
        () =>
          api.post(`/store/portal/work-requests/${request.id}/messages`, { body: "Hi" }, outsider),
        () =>
          api.post(
            `/store/portal/work-requests/${request.id}/attachments`,
            form(pdfBytes(), "a.pdf"),
            outsider
          ),
      ]) {
        const res = await settle(attempt())
        expect(res.status).toBe(404)
        expect(res.data.code).toBe("work_requests.not_found")
      }
      // A contact without the permission is refused; one who may only read cannot write.
      expect((await settle(api.get("/store/portal/work-requests", lacking))).status).toBe(403)
      expect((await api.get(`/store/portal/work-requests/${request.id}`, viewer)).status).toBe(200)
      const readerReply = await settle(
        api.post(`/store/portal/work-requests/${request.id}/messages`, { body: "Hi" }, viewer)
      )
      expect(readerReply.status).toBe(403)

      // Staff triage it: in progress, assigned; then answer and wait on the client.
      const triaged = await api.post(
        `/admin/portal/work-requests/${request.id}`,
        { status: "in_progress", assignee_id: staffId },
        admin
      )
      expect(triaged.data.work_request).toMatchObject({
        status: "in_progress",
        assignee_id: staffId,
        company: { id: acme.id, name: "Acme" },
        submitted_by: { email: "ana@acme.test" },
      })
      const bogus = await settle(
        api.post(
          `/admin/portal/work-requests/${request.id}`,
          { assignee_id: "user_01NOBODYNOBODYNOBODYNOBODY" },
          admin
        )
      )
      expect(bogus.status).toBe(400)
      const asked = await api.post(
        `/admin/portal/work-requests/${request.id}/messages`,
        { body: "Which gate: the one by the loading dock?", status: "waiting_on_client" },
        admin
      )
      expect(asked.status).toBe(201)
      expect(asked.data.work_request.status).toBe("waiting_on_client")
      // The company's contacts who may see work requests are emailed staff's words, once.
      const emailed = await waitFor(async () => {
        const sent = await notifications("portal-contact-work-request-reply")
        return sent.length >= 2 ? sent : null
      })
      // Not Lee (no work_requests.view), not Rival's contact, nor the store's guest customer.
      expect(emailed.map((n) => n.to).sort()).toEqual(["ana@acme.test", "vic@acme.test"])
      expect(emailed[0].data).toMatchObject({ work_request_id: request.id })

      // The contact answers: the request is back in progress, and its assignee hears.
      const answered = await api.post(
        `/store/portal/work-requests/${request.id}/messages`,
        { body: "Yes, the loading dock." },
        buyer
      )
      expect(answered.status).toBe(201)
      expect(answered.data.work_request.status).toBe("in_progress")
      expect(
        answered.data.work_request.messages.map((m: { author_type: string; body: string }) => [
          m.author_type,
          m.body,
        ])
      ).toEqual([
        ["staff", "Which gate: the one by the loading dock?"],
        ["customer", "Yes, the loading dock."],
      ])
      const replyAlert = await waitFor(async () => {
        const sent = await notifications("portal-staff-work-request-reply")
        return sent.length ? sent : null
      })
      expect(replyAlert.map((n) => n.data)).toEqual([
        expect.objectContaining({ work_request_id: request.id }),
      ])

      // A file with it: taken when it is what its name says, refused (and not stored) if not.
      const files = privateFiles()
      const lie = await settle(
        api.post(
          `/store/portal/work-requests/${request.id}/attachments`,
          form(PNG, "hinge.pdf"),
          buyer
        )
      )
      expect(lie.status).toBe(400)
      expect(lie.data.code).toBe("documents.file_type")
      expect(privateFiles()).toEqual(files)
      const photo = await api.post(
        `/store/portal/work-requests/${request.id}/attachments`,
        form(PNG, "hinge.png"),
        buyer
      )
      expect(photo.status).toBe(201)
      const [attachment] = photo.data.work_request.attachments
      expect(attachment).toMatchObject({ file_name: "hinge.png", attached_to: "work_request" })
      const file = await api.get(
        `/store/portal/work-requests/${request.id}/attachments/${attachment.id}`,
        { ...buyer, responseType: "arraybuffer" }
      )
      expect(Buffer.from(file.data).equals(PNG)).toBe(true)
      expect(file.headers["cache-control"]).toBe("private, no-store")
      // Not for Rival, and not through the Documents pages, which need another permission.
      const foreignFile = await settle(
        api.get(`/store/portal/work-requests/${request.id}/attachments/${attachment.id}`, outsider)
      )
      expect(foreignFile.status).toBe(404)
      const asDocument = await settle(
        api.get(`/store/portal/documents/${attachment.id}/file`, buyer)
      )
      expect(asDocument.status).toBe(404)
      const documents = await api.get("/store/portal/documents", buyer)
      expect(documents.data.documents.map((d: { id: string }) => d.id)).not.toContain(attachment.id)

      // Closed: the contact can no longer write, staff can, and reopen it.
      await api.post(`/admin/portal/work-requests/${request.id}`, { status: "closed" }, admin)
      const late = await settle(
        api.post(`/store/portal/work-requests/${request.id}/messages`, { body: "And…" }, buyer)
      )
      expect(late.status).toBe(409)
      expect(late.data.code).toBe("work_requests.closed")
      const lateFile = await settle(
        api.post(
          `/store/portal/work-requests/${request.id}/attachments`,
          form(PNG, "more.png"),
          buyer
        )
      )
      expect(lateFile.status).toBe(409)
      const closed = (await api.get(`/store/portal/work-requests/${request.id}`, buyer)).data
        .work_request
      expect(closed).toMatchObject({ status: "closed", closed_at: expect.any(String) })
      expect(closed.messages).toHaveLength(2)
      const reopened = await api.post(
        `/admin/portal/work-requests/${request.id}/messages`,
        { body: "Reopening: the part arrived.", status: "in_progress" },
        admin
      )
      expect(reopened.data.work_request).toMatchObject({ status: "in_progress", closed_at: null })

      // Staff's queue finds it by number, by words of its subject, by assignee.
      const byNumber = await api.get(
        `/admin/portal/work-requests?q=${request.number.toLowerCase()}`,
        admin
      )
      expect(byNumber.data.work_requests.map((r: { id: string }) => r.id)).toEqual([request.id])
      const bySubject = await api.get("/admin/portal/work-requests?q=north%20gate", admin)
      expect(bySubject.data.count).toBe(1)
      const unassigned = await api.get("/admin/portal/work-requests?assignee_id=none", admin)
      expect(unassigned.data.work_requests.map((r: { id: string }) => r.id)).not.toContain(
        request.id
      )
    })

    it("turns a request into one draft quote however often staff click, shown once sent", async () => {
      const request = (
        await api.post(
          "/store/portal/work-requests",
          {
            subject: "Quote for a second gate",
            description: "Same model as the first one.",
            preferred_date: "2099-03-01",
          },
          storeBuyer
        )
      ).data.work_request
      expect(request.preferred_date).toBe("2099-03-01")
      const quotesBefore = (await api.get("/admin/portal/quotes?limit=100", admin)).data.count
      const clicks = await Promise.all(
        Array.from({ length: 4 }, () =>
          settle(
            api.post(
              `/admin/portal/work-requests/${request.id}/quote`,
              { region_id: store.region.id },
              admin
            )
          )
        )
      )
      expect(clicks.map((click) => click.status).sort()).toEqual([201, 409, 409, 409])
      const won = clicks.find((click) => click.status === 201)!
      expect(won.data.quote.number).toMatch(/^Q-\d+$/)
      expect(won.data.work_request).toMatchObject({
        quote_id: won.data.quote.id,
        status: "in_progress",
        quote: { id: won.data.quote.id, status: "draft" },
      })
      expect((await api.get("/admin/portal/quotes?limit=100", admin)).data.count).toBe(
        quotesBefore + 1
      )
      const quote = (await api.get(`/admin/portal/quotes/${won.data.quote.id}`, admin)).data.quote
      expect(quote).toMatchObject({
        status: "draft",
        customer_id: store.customer.id,
        company_id: acme.id,
        region_id: store.region.id,
        items: [],
      })
      expect(quote.internal_note).toContain(request.number)
      // A second conversion later is refused too.
      const again = await settle(
        api.post(`/admin/portal/work-requests/${request.id}/quote`, {}, admin)
      )
      expect(again.status).toBe(409)

      // The contact sees no draft; once the quote is sent, the request links to it.
      const mine = storeBuyer
      const draft = await api.get(`/store/portal/work-requests/${request.id}`, mine)
      expect(draft.data.work_request.quote).toBeNull()
      await api.post(
        `/admin/portal/quotes/${quote.id}/items`,
        { items: [{ title: "Second gate", quantity: 1, unit_price: 1800 }] },
        admin
      )
      await api.post(`/admin/portal/quotes/${quote.id}/send`, {}, admin)
      const sent = await api.get(`/store/portal/work-requests/${request.id}`, mine)
      expect(sent.data.work_request.quote).toEqual({
        id: quote.id,
        number: won.data.quote.number,
        status: "sent",
      })
      // A colleague who may see work requests but not quotes learns nothing of it.
      const unseen = await api.get(`/store/portal/work-requests/${request.id}`, viewer)
      expect(unseen.data.work_request.quote).toBeNull()
    })

    it("refuses bad input with nothing stored", async () => {
      const [, before] = await collaboration().listAndCountWorkRequests({})
      for (const body of [
        { subject: "", description: "x" },
        { subject: "Gate", description: "   " },
        { subject: "Gate", description: "x", preferred_date: "2027-02-30" },
        { subject: "Gate", description: "x", preferred_date: "2027-13-01" },
        { subject: "Gate", description: "x", preferred_date: "2027-01-32" },
        { subject: "Gate", description: "x", preferred_date: "2001-01-01" },
        { subject: "Line\u0007break", description: "x" },
        { subject: "Gate", description: "x", status: "closed" },
      ]) {
        const res = await settle(api.post("/store/portal/work-requests", body, buyer))
        expect({ body, status: res.status }).toEqual({ body, status: 400 })
      }
      const past = await settle(
        api.post(
          "/store/portal/work-requests",
          { subject: "Gate", description: "x", preferred_date: "2001-01-01" },
          buyer
        )
      )
      expect(past.data.code).toBe("work_requests.preferred_date_past")
      const [, after] = await collaboration().listAndCountWorkRequests({})
      expect(after).toBe(before)
    })

    it("keeps every change when staff and the contact act at once, and the file limit under a burst", async () => {
      for (let round = 0; round < 5; round++) {
        const request = await submit(`Race ${round}`)
        // Staff close while the contact answers: whichever comes second sees the first.
        const [closing, answer] = await Promise.all([
          settle(
            api.post(`/admin/portal/work-requests/${request.id}`, { status: "closed" }, admin)
          ),
          settle(
            api.post(`/store/portal/work-requests/${request.id}/messages`, { body: "Hi" }, buyer)
          ),
        ])
        expect(closing.status).toBe(200)
        expect([201, 409]).toContain(answer.status)
        // Triage of two fields at once: both stand.
        await Promise.all([
          api.post(`/admin/portal/work-requests/${request.id}`, { assignee_id: staffId }, admin),
          api.post(`/admin/portal/work-requests/${request.id}`, { status: "in_progress" }, admin),
        ])
        const after = (await api.get(`/admin/portal/work-requests/${request.id}`, admin)).data
          .work_request
        expect(after).toMatchObject({ status: "in_progress", assignee_id: staffId })
        expect(after.messages).toHaveLength(answer.status === 201 ? 1 : 0)
      }

      const request = await submit("Many photos")
      const attach = attachWorkRequestFileWorkflow(getContainer())
      for (let i = 0; i < MAX_WORK_REQUEST_ATTACHMENTS - 2; i++) {
        await attach.run({
          input: {
            request_id: request.id,
            source: "staff",
            added_by: staffId,
            file: { file_name: `photo-${i}.png`, content: PNG.toString("base64") },
          },
        })
      }
      const burst = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          settle(
            api.post(
              `/store/portal/work-requests/${request.id}/attachments`,
              form(PNG, `burst-${i}.png`),
              buyer
            )
          )
        )
      )
      expect(burst.map((res) => res.status).sort()).toEqual([201, 201, 409, 409, 409, 409])
      const [, held] = await collaboration().listAndCountPortalDocuments({
        attached_to: "work_request",
        attached_id: request.id,
      })
      expect(held).toBe(MAX_WORK_REQUEST_ATTACHMENTS)
    })

    it("answers a contact's writes only when they may read the request too", async () => {
      const request = await submit("Writers must read")
      const blind = await settle(
        api.post(`/store/portal/work-requests/${request.id}/messages`, { body: "Hi" }, writer)
      )
      expect(blind.status).toBe(403)
      expect(blind.data).not.toHaveProperty("work_request")
    })

    it("refuses work requests to contacts while the merchant does not offer them", async () => {
      const request = await submit("Before the switch")
      await setFeature(false)
      try {
        for (const attempt of [
          () => api.get("/store/portal/work-requests", buyer),
          () => api.get(`/store/portal/work-requests/${request.id}`, buyer),
          () => api.post("/store/portal/work-requests", { subject: "x", description: "y" }, buyer),
        ]) {
          const res = await settle(attempt())
          expect(res.status).toBe(403)
          expect(res.data.code).toBe("features.work_requests_off")
        }
        const me = await api.get("/store/portal/me", buyer)
        expect(me.data.features).toMatchObject({ work_requests: false })
        // Staff may still answer, but nobody is emailed a link the portal would refuse.
        await api.post(
          `/admin/portal/work-requests/${request.id}/messages`,
          { body: "Said while switched off" },
          admin
        )
        // Staff keep their queue.
        expect((await api.get(`/admin/portal/work-requests/${request.id}`, admin)).status).toBe(200)
      } finally {
        await setFeature(true)
      }
      expect((await api.get("/store/portal/me", buyer)).data.features.work_requests).toBe(true)
      const back = await api.post(
        `/admin/portal/work-requests/${request.id}/messages`,
        { body: "Said once back on" },
        admin
      )
      const [offMessage, onMessage] = back.data.work_request.messages
      await waitFor(async () => {
        const sent = await notifications("portal-contact-work-request-reply")
        return sent.some((n) => n.data?.work_request_id === request.id) ? sent : null
      })
      const about = (await notifications("portal-contact-work-request-reply")).filter(
        (n) => n.data?.work_request_id === request.id
      )
      expect(about.length).toBeGreaterThan(0)
      expect(about.map((n) => n.data?.message_id)).toEqual(about.map(() => onMessage.id))
      expect(offMessage.body).toBe("Said while switched off")
    })
  },
})
