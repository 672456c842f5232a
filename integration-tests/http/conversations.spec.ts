import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { COLLABORATION_MODULE } from "../../src/modules/collaboration"
import type CollaborationModuleService from "../../src/modules/collaboration/service"
import { CUSTOMER_PERMISSIONS } from "../../src/shared/permissions"
import {
  asMember,
  createAdminUser,
  createStore,
  type Headers,
  portalAccounts,
  settle,
  waitFor,
} from "../helpers/fixtures"

jest.setTimeout(240_000)

/**
 * Conversations (docs/ARCHITECTURE.md, "Conversations"): threads between a company's
 * contacts and staff; each reader's unread count is their own; the other side is emailed;
 * contacts start threads only while the merchant lets them, and nobody of another company
 * sees any of it.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let staffId: string
    let acme: { id: string }
    let ana: { id: string; token: string }
    let buyer: Headers
    let colleague: Headers
    let outsider: Headers
    let reader: Headers

    const notifications = (template: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })
    const settings = (changes: Record<string, boolean>) =>
      api.post("/admin/portal/settings", changes, admin)
    const start = async (body: Record<string, unknown> = {}) =>
      (
        await api.post(
          `/admin/portal/companies/${acme.id}/conversations`,
          { subject: "Your spring order", body: "Shall we reserve\nthe usual pallets?", ...body },
          admin
        )
      ).data.conversation

    beforeAll(async () => {
      const container = getContainer()
      const staff = await createAdminUser(container)
      admin = staff.headers
      staffId = staff.user.id
      const store = await createStore(container)
      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      acme = await company("Acme")
      const rival = await company("Rival")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const readers = await team("Readers", ["conversations.view"])
      ana = await contact("ana@acme.test")
      await addMember(acme.id, ana.id, [buyers.id])
      const ben = await contact("ben@acme.test")
      await addMember(acme.id, ben.id, [buyers.id])
      const vic = await contact("vic@acme.test")
      await addMember(acme.id, vic.id, [readers.id])
      const rob = await contact("rob@rival.test")
      await addMember(rival.id, rob.id, [buyers.id])
      // They registered, so the contact emails reach them; the module stores it, its
      // update type leaves out what registration sets.
      await container
        .resolve(Modules.CUSTOMER)
        .updateCustomers([ana.id, ben.id, vic.id, rob.id], { has_account: true } as never)
      buyer = asMember(store, ana.token)
      colleague = asMember(store, ben.token)
      reader = asMember(store, vic.token)
      outsider = asMember(store, rob.token)
      await settings({ conversations_enabled: true })
      await api.post(
        "/admin/portal/settings",
        { notification_recipients: { conversation_message: [] } },
        admin
      )
    })

    it("carries a thread both ways with each reader's own unread count, for its company only", async () => {
      // Staff start it with Ana only: she is emailed the message, Ben is not.
      const thread = await start({ contact_ids: [ana.id] })
      expect(thread).toMatchObject({
        subject: "Your spring order",
        started_by: "staff",
        message_count: 1,
        company: { id: acme.id, name: "Acme" },
      })
      expect(thread.participants.map((p: { side: string; id: string }) => [p.side, p.id])).toEqual([
        ["staff", staffId],
        ["customer", ana.id],
      ])
      const emailed = await waitFor(async () => {
        const sent = await notifications("portal-contact-conversation-message")
        return sent.length ? sent : null
      })
      expect(emailed.map((n) => n.to)).toEqual(["ana@acme.test"])
      expect(emailed[0].data).toMatchObject({ conversation_id: thread.id })

      // Every contact of Acme who may see conversations reads it; each has one unread.
      for (const who of [buyer, colleague, reader]) {
        const listed = await api.get("/store/portal/conversations", who)
        expect(listed.data.conversations).toEqual([
          expect.objectContaining({ id: thread.id, unread_count: 1 }),
        ])
      }
      // Rival's contact sees none of it, and another company's id is a 404 for every route.
      expect((await api.get("/store/portal/conversations", outsider)).data.count).toBe(0)
      for (const attempt of [
        () => api.get(`/store/portal/conversations/${thread.id}`, outsider),
        () =>
          api.post(`/store/portal/conversations/${thread.id}/messages`, { body: "Hi" }, outsider),
      ]) {
        const res = await settle(attempt())
        expect(res.status).toBe(404)
        expect(res.data.code).toBe("conversations.not_found")
      }
      // Reading only: no writing.
      const silent = await settle(
        api.post(`/store/portal/conversations/${thread.id}/messages`, { body: "Hi" }, reader)
      )
      expect(silent.status).toBe(403)

      // Ana opens it (read, for her only) and answers: staff's list counts her reply.
      const opened = await api.get(`/store/portal/conversations/${thread.id}`, buyer)
      expect(opened.data.conversation.messages[0].body).toBe("Shall we reserve\nthe usual pallets?")
      expect(
        (await api.get("/store/portal/conversations?unread=true", buyer)).data.conversations
      ).toEqual([])
      expect((await api.get("/store/portal/conversations?unread=true", colleague)).data.count).toBe(
        1
      )
      await api.post(
        `/store/portal/conversations/${thread.id}/messages`,
        { body: "Yes, twelve please." },
        buyer
      )
      const staffList = await api.get(`/admin/portal/conversations?unread=true`, admin)
      expect(staffList.data.conversations).toEqual([
        expect.objectContaining({
          id: thread.id,
          unread_count: 1,
          last_message_preview: "Yes, twelve please.",
        }),
      ])
      // Staff are alerted, the staff who take part included.
      const alerted = await waitFor(async () => {
        const sent = await notifications("portal-staff-conversation-message")
        return sent.length ? sent : null
      })
      expect(alerted.map((n) => n.data)).toEqual([
        expect.objectContaining({ conversation_id: thread.id }),
      ])
      // Opening reads it for staff; their reply is unread for Ana again, not for staff.
      const staffView = await api.get(`/admin/portal/conversations/${thread.id}`, admin)
      expect(staffView.data.conversation.messages).toHaveLength(2)
      await api.post(
        `/admin/portal/conversations/${thread.id}/messages`,
        { body: "Reserved." },
        admin
      )
      expect((await api.get("/admin/portal/conversations?unread=true", admin)).data.count).toBe(0)
      const anaList = await api.get("/store/portal/conversations", buyer)
      expect(anaList.data.conversations[0]).toMatchObject({ unread_count: 1, message_count: 3 })
    })

    it("reads a thread up to the newest message shown, never to the clock, and never backwards", async () => {
      const thread = await start({ subject: "Read markers", body: "First." })
      const [first] = thread.messages
      // Staff write while Ana's page, showing only the first message, records her read.
      await api.post(
        `/admin/portal/conversations/${thread.id}/messages`,
        { body: "Second." },
        admin
      )
      const collaboration = getContainer().resolve<CollaborationModuleService>(COLLABORATION_MODULE)
      const anaReads = { side: "customer" as const, id: ana.id }
      await collaboration.markConversationRead({
        conversation_id: thread.id,
        reader: anaReads,
        message_id: first.id,
      })
      const unreadOf = async () =>
        (await api.get("/store/portal/conversations", buyer)).data.conversations.find(
          (c: { id: string }) => c.id === thread.id
        ).unread_count
      expect(await unreadOf()).toBe(1)
      // Opening shows both; a late marker for the first message moves nothing back.
      const opened = await api.get(`/store/portal/conversations/${thread.id}`, buyer)
      expect(opened.data.conversation.messages).toHaveLength(2)
      await collaboration.markConversationRead({
        conversation_id: thread.id,
        reader: anaReads,
        message_id: first.id,
      })
      expect(await unreadOf()).toBe(0)
    })

    it("lets contacts start threads only while the merchant allows it, also through the API", async () => {
      const started = await api.post(
        "/store/portal/conversations",
        { subject: "Invoice address", body: "Please use our new address." },
        buyer
      )
      expect(started.status).toBe(201)
      expect(started.data.conversation).toMatchObject({ started_by: "customer", unread_count: 0 })
      await settings({ clients_may_start_conversations: false })
      try {
        const me = await api.get("/store/portal/me", buyer)
        expect(me.data.may_start_conversations).toBe(false)
        const [, before] = await getContainer()
          .resolve<CollaborationModuleService>(COLLABORATION_MODULE)
          .listAndCountConversations({})
        const refused = await settle(
          api.post("/store/portal/conversations", { subject: "x", body: "y" }, buyer)
        )
        expect(refused.status).toBe(403)
        expect(refused.data.code).toBe("conversations.new_threads_off")
        const [, after] = await getContainer()
          .resolve<CollaborationModuleService>(COLLABORATION_MODULE)
          .listAndCountConversations({})
        expect(after).toBe(before)
        // Replying still works.
        const reply = await api.post(
          `/store/portal/conversations/${started.data.conversation.id}/messages`,
          { body: "And the VAT number changed too." },
          buyer
        )
        expect(reply.status).toBe(201)
      } finally {
        await settings({ clients_may_start_conversations: true })
      }
    })

    it("refuses conversations while the merchant does not offer them, and bad input with nothing stored", async () => {
      for (const body of [
        { subject: "", body: "x" },
        { subject: "Hi", body: "  " },
        { subject: "Hi", body: "x", extra: 1 },
      ]) {
        const res = await settle(api.post("/store/portal/conversations", body, buyer))
        expect(res.status).toBe(400)
      }
      const stranger = await settle(
        api.post(
          `/admin/portal/companies/${acme.id}/conversations`,
          { subject: "Hi", body: "x", contact_ids: ["cus_01NOBODYNOBODYNOBODYNOBODY"] },
          admin
        )
      )
      expect(stranger.status).toBe(400)
      await settings({ conversations_enabled: false })
      try {
        const off = await settle(api.get("/store/portal/conversations", buyer))
        expect(off.status).toBe(403)
        expect(off.data.code).toBe("features.conversations_off")
        expect((await api.get("/admin/portal/conversations", admin)).status).toBe(200)
      } finally {
        await settings({ conversations_enabled: true })
      }
    })
  },
})
