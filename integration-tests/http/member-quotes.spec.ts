import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from "../../src/modules/agreement"
import type AgreementModuleService from "../../src/modules/agreement/service"
import { CUSTOMER_PERMISSIONS, type MemberAccess } from "../../src/shared/permissions"
import { acceptQuoteWorkflow } from "../../src/workflows/quote"
import {
  agreementTemplateBody,
  countOrders,
  createAdminUser,
  createCustomerToken,
  createSentQuote,
  createStore,
  type Headers,
  quoteBody,
  settle,
  signBody,
  snapshotQuote,
  portalAccounts,
  quoteLink,
  type Store,
} from "../helpers/fixtures"
import { pdfText } from "../helpers/pdf-text"

jest.setTimeout(180_000)

/**
 * The member quote routes (docs/ARCHITECTURE.md, "Permission model"): a
 * logged-in contact sees and decides the active company's quotes with the
 * link page's behaviour, within what their teams allow. Who may call which
 * route is the matrix's job (member-access.spec.ts); this file checks what
 * the routes do.
 */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store
    let acme: { id: string }
    let rival: { id: string }
    let buyerMember: { id: string }
    let viewersTeam: { id: string }
    /** The store's customer, a contact of Acme (may decide) and Rival. */
    let buyer: Headers
    /** An Acme contact who may only look at quotes. */
    let viewer: Headers

    const as = (who: Headers, companyId?: string) => ({
      headers: {
        ...who.headers,
        ...store.storeHeaders.headers,
        ...(companyId ? { "x-portal-company": companyId } : {}),
      },
    })

    beforeEach(async () => {
      const container = getContainer()
      admin = (await createAdminUser(container)).headers
      store = await createStore(container)
      const { company, team, addMember, contact } = portalAccounts(api, admin, container)
      acme = await company("Acme")
      rival = await company("Rival")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      viewersTeam = await team("Viewers", ["quotes.view"])
      buyerMember = await addMember(acme.id, store.customer.id, [buyers.id])
      await addMember(rival.id, store.customer.id, [buyers.id])
      buyer = {
        headers: {
          authorization: `Bearer ${await createCustomerToken(container, store.customer.id, store.customer.email)}`,
        },
      }
      const vic = await contact("vic@acme.test", { first_name: "Vic", last_name: "Viewer" })
      await addMember(acme.id, vic.id, [viewersTeam.id])
      viewer = { headers: { authorization: `Bearer ${vic.token}` } }
    })

    const sentQuote = async (companyId: string, overrides: Record<string, unknown> = {}) =>
      (await createSentQuote(api, admin, store, { company_id: companyId, ...overrides })).quote

    it("lists the active company's sent quotes, never drafts or another company's, with filters", async () => {
      const draft = (
        await api.post("/admin/portal/quotes", quoteBody(store, { company_id: acme.id }), admin)
      ).data.quote
      const first = await sentQuote(acme.id)
      const second = await sentQuote(acme.id)
      const theirs = await sentQuote(rival.id)

      const list = (await api.get("/store/portal/quotes", as(buyer))).data
      expect(list.quotes.map((q: { id: string }) => q.id).sort()).toEqual(
        [first.id, second.id].sort()
      )
      expect(list.count).toBe(2)
      expect(JSON.stringify(list)).not.toContain(draft.id)
      const line = list.quotes.find((q: { id: string }) => q.id === first.id)
      expect(line).toMatchObject({
        number: first.number,
        status: "sent",
        can_respond: true,
        addressed_to: "Bea Buyer",
        currency_code: "usd",
      })
      expect(line.total).toBe(first.totals.total)
      // No internal fields of the merchant's.
      expect(line).not.toHaveProperty("internal_note")
      expect(line).not.toHaveProperty("customer_id")

      // The same login acting for Rival sees Rival's quote only.
      const forRival = (await api.get("/store/portal/quotes", as(buyer, rival.id))).data
      expect(forRival.quotes.map((q: { id: string }) => q.id)).toEqual([theirs.id])

      await api.post(`/store/portal/quotes/${second.id}/decline`, { reason: "No" }, as(buyer))
      const declined = (await api.get("/store/portal/quotes?status=declined", as(buyer))).data
      expect(declined.quotes.map((q: { id: string }) => q.id)).toEqual([second.id])
      const found = (await api.get(`/store/portal/quotes?q=${first.number}`, as(buyer))).data
      expect(found.quotes.map((q: { id: string }) => q.id)).toEqual([first.id])
      const paged = (await api.get("/store/portal/quotes?limit=1&order=display_number", as(buyer)))
        .data
      expect(paged).toMatchObject({ count: 2, limit: 1, offset: 0 })
      expect(paged.quotes.map((q: { id: string }) => q.id)).toEqual([first.id])

      for (const bad of ["status=draft", "order=internal_note", "limit=-1", "fields=id"]) {
        const res = await settle(api.get(`/store/portal/quotes?${bad}`, as(buyer)))
        expect([bad, res.status]).toEqual([bad, 400])
      }
      // A draft or another company's quote by id is the same 404 as an unknown one.
      for (const id of [draft.id, theirs.id, "quo_01JZZZZZZZZZZZZZZZZZZZZZZZ"]) {
        expect((await settle(api.get(`/store/portal/quotes/${id}`, as(buyer)))).status).toBe(404)
      }
    })

    it("lets a contact who may only view read the quote and its PDF, and decide nothing", async () => {
      const quote = await sentQuote(acme.id)
      const optional = quote.items.find((item: { is_optional: boolean }) => item.is_optional)
      const before = await snapshotQuote(getContainer(), quote.id)

      const view = (await api.get(`/store/portal/quotes/${quote.id}`, as(viewer))).data
      expect(view.quote.id).toBe(quote.id)
      expect(view.signer).toEqual({ name: "Vic Viewer", email: "vic@acme.test" })
      const pdf = await api.get(`/store/portal/quotes/${quote.id}/pdf`, as(viewer))
      expect(pdf.headers["content-type"]).toBe("application/pdf")

      const attempts = [
        ["selection", { selected_item_ids: [optional.id] }],
        ["accept", { selected_item_ids: [] }],
        ["decline", { reason: "No" }],
        ["messages", { body: "Hello?" }],
      ] as const
      for (const [action, body] of attempts) {
        const res = await settle(
          api.post(`/store/portal/quotes/${quote.id}/${action}`, body, as(viewer))
        )
        expect([action, res.status]).toEqual([action, 403])
      }
      // Viewing marks the quote viewed; nothing the viewer tried changed anything else.
      const after = await snapshotQuote(getContainer(), quote.id)
      const types = (snapshot: typeof before) =>
        snapshot.events.map((event: { type: string }) => event.type)
      expect(after.status).toBe("viewed")
      expect(types(after).sort()).toEqual([...types(before), "viewed"].sort())
      expect(after.items).toEqual(before.items)
      expect(after.messages).toEqual(before.messages)
      expect(await countOrders(getContainer())).toBe(0)
    })

    it("accepts and signs as the logged-in contact: the evidence names their login", async () => {
      const template = await api.post(
        "/admin/portal/agreement-templates",
        agreementTemplateBody(),
        admin
      )
      const quote = await sentQuote(acme.id, {
        agreement_template_id: template.data.agreement_template.id,
      })
      const { signer_email: _typed, ...body } = signBody({ signer_name: "Bea Buyer" })

      // The login is the identity: a typed email is refused, not used.
      const typed = await settle(
        api.post(`/store/portal/quotes/${quote.id}/sign`, signBody(), as(buyer))
      )
      expect(typed.status).toBe(400)

      const signed = (await api.post(`/store/portal/quotes/${quote.id}/sign`, body, as(buyer))).data
      expect(signed.quote.status).toBe("accepted")
      expect(signed.order.id).toBeTruthy()
      const agreements: AgreementModuleService = getContainer().resolve(AGREEMENT_MODULE)
      const [evidence] = await agreements.listPortalSignedAgreements({ quote_id: quote.id })
      expect(evidence).toMatchObject({
        identified_by: "login",
        signer_customer_id: store.customer.id,
        signer_email: store.customer.email,
        signer_name: "Bea Buyer",
      })
      // The certificate page says how the signer was identified, and as whom.
      const signedPdf = await api.get(`/store/portal/quotes/${quote.id}/pdf`, {
        ...as(buyer),
        responseType: "arraybuffer",
      })
      const text = (await pdfText(Buffer.from(signedPdf.data))).replace(/\s+/g, " ")
      expect(text).toContain(`Portal login (signed-in customer account ${store.customer.id})`)
      const timeline = await snapshotQuote(getContainer(), quote.id)
      expect(timeline.events.find((e: { type: string }) => e.type === "accepted")).toMatchObject({
        actor_type: "customer",
        actor_id: store.customer.id,
        data: expect.objectContaining({ identified_by: "login" }),
      })

      // A quote without an agreement is accepted directly.
      const plain = await sentQuote(acme.id)
      const accepted = (
        await api.post(
          `/store/portal/quotes/${plain.id}/accept`,
          { selected_item_ids: [] },
          as(buyer)
        )
      ).data
      expect(accepted.quote.status).toBe("accepted")
      expect(accepted.order.id).toBeTruthy()
      const message = await api.post(
        `/store/portal/quotes/${plain.id}/messages`,
        { body: "Thanks!" },
        as(buyer)
      )
      expect(message.data.message.author_name).toBe("Bea Buyer")
      // The name is the login's: a contact cannot write as someone else.
      const posing = await settle(
        api.post(
          `/store/portal/quotes/${plain.id}/messages`,
          { body: "Approved.", author_name: "The CFO" },
          as(buyer)
        )
      )
      expect(posing.status).toBe(400)
      const thread = (await api.get(`/store/portal/quotes/${plain.id}/messages`, as(buyer))).data
      expect(thread.messages.map((m: { author_name: string }) => m.author_name)).toEqual([
        "Bea Buyer",
      ])
    })

    it("counts each contact's unread staff replies per quote, read on opening or writing, never through the link", async () => {
      const { quote: first, token } = await createSentQuote(api, admin, store, {
        company_id: acme.id,
      })
      const second = await sentQuote(acme.id)
      const theirs = await sentQuote(rival.id)
      const reply = (id: string) =>
        api.post(`/admin/portal/quotes/${id}/messages`, { body: "Answered." }, admin)
      await reply(first.id)
      await reply(first.id)
      await reply(second.id)
      await reply(theirs.id)
      const unread = async (who: Headers, filter = "", companyId?: string) => {
        const { data } = await api.get(`/store/portal/quotes${filter}`, as(who, companyId))
        return Object.fromEntries(
          data.quotes.map((q: { id: string; unread_count: number }) => [q.id, q.unread_count])
        )
      }
      expect(await unread(buyer)).toEqual({ [first.id]: 2, [second.id]: 1 })
      expect(await unread(buyer, "?has_unread=true")).toEqual({ [first.id]: 2, [second.id]: 1 })

      // Each contact has their own marker: a colleague opening the quote reads it for themselves.
      await api.get(`/store/portal/quotes/${first.id}`, as(viewer))
      expect(await unread(viewer)).toEqual({ [first.id]: 0, [second.id]: 1 })
      expect((await unread(buyer))[first.id]).toBe(2)

      // Opening the quote in the portal reads its thread; the link does not (nobody in particular).
      await api.get(`/store/portal/quotes/${first.id}`, as(buyer))
      await api.get(quoteLink(token), store.storeHeaders)
      await api.post(quoteLink(token, "/messages"), { body: "Via the link" }, store.storeHeaders)
      const filtered = (await api.get("/store/portal/quotes?has_unread=true", as(buyer))).data
      expect(filtered).toMatchObject({ count: 1, quotes: [{ id: second.id, unread_count: 1 }] })

      // Writing on the thread reads it too; the contact's own message is no reply.
      await api.post(`/store/portal/quotes/${second.id}/messages`, { body: "OK" }, as(buyer))
      expect(await unread(buyer)).toEqual({ [first.id]: 0, [second.id]: 0 })
      expect(await api.get("/store/portal/quotes?has_unread=true", as(buyer))).toMatchObject({
        data: { quotes: [], count: 0 },
      })
      // A later reply is new again; another company's thread is that company's.
      await reply(first.id)
      expect(await unread(buyer, "?has_unread=true")).toEqual({ [first.id]: 1 })
      expect(await unread(buyer, "?has_unread=true", rival.id)).toEqual({ [theirs.id]: 1 })
      const bad = await settle(api.get("/store/portal/quotes?has_unread=yes", as(buyer)))
      expect(bad.status).toBe(400)
    })

    it("refuses in the workflow itself: another company's quote is not found, a viewer may not decide", async () => {
      const quote = await sentQuote(acme.id)
      const member = (companyId: string, permissions: MemberAccess["permissions"]) => ({
        kind: "member" as const,
        customer_id: store.customer.id,
        company_id: companyId,
        permissions,
      })
      const run = (access: MemberAccess) =>
        acceptQuoteWorkflow(getContainer())
          .run({ input: { quote_id: quote.id, selected_item_ids: [], access } })
          .then(
            () => "accepted",
            (error: { type?: string }) => error.type
          )
      expect(await run(member(rival.id, CUSTOMER_PERMISSIONS))).toBe("not_found")
      expect(await run(member(acme.id, ["quotes.view"]))).toBe("forbidden")
      expect(await countOrders(getContainer())).toBe(0)
    })

    it("offers a contact their own addresses, never the addressee's, and ships to the one they pick", async () => {
      const container = getContainer()
      const { contact, addMember, team } = portalAccounts(api, admin, container)
      const deciders = await team("Deciders", CUSTOMER_PERMISSIONS)
      const cleo = await contact("cleo@acme.test", { first_name: "Cleo", last_name: "Colleague" })
      await addMember(acme.id, cleo.id, [deciders.id])
      const customers = container.resolve(Modules.CUSTOMER)
      const [beaWarehouse] = await customers.createCustomerAddresses([
        { customer_id: store.customer.id, address_1: "7 Private Lane", country_code: "us" },
      ])
      const [cleoSite] = await customers.createCustomerAddresses([
        { customer_id: cleo.id, address_1: "9 Side Road", city: "Shelbyville", country_code: "us" },
      ])
      const beaIds = (await customers.listCustomerAddresses({ customer_id: store.customer.id }))
        .map((address) => address.id)
        .sort()
      const { quote, token } = await createSentQuote(api, admin, store, { company_id: acme.id })
      const asCleo = as({ headers: { authorization: `Bearer ${cleo.token}` } })
      const addressIds = (view: { quote: { customer: { addresses: { id: string }[] } } }) =>
        view.quote.customer.addresses.map((address) => address.id).sort()

      // The colleague sees their own address book; the addressee and the link, the addressee's.
      const seen = (await api.get(`/store/portal/quotes/${quote.id}`, asCleo)).data
      expect(addressIds(seen)).toEqual([cleoSite.id])
      expect(JSON.stringify(seen)).not.toContain("7 Private Lane")
      expect(
        addressIds((await api.get(`/store/portal/quotes/${quote.id}`, as(buyer))).data)
      ).toEqual(beaIds)
      expect(addressIds((await api.get(quoteLink(token), store.storeHeaders)).data)).toEqual(beaIds)

      // The addressee's saved address is not the colleague's to ship to.
      for (const path of ["selection", "accept"]) {
        const res = await settle(
          api.post(
            `/store/portal/quotes/${quote.id}/${path}`,
            { selected_item_ids: [], shipping_address_id: beaWarehouse.id },
            asCleo
          )
        )
        expect([path, res.status]).toEqual([path, 404])
      }
      const untouched = (await api.get(`/store/portal/quotes/${quote.id}`, asCleo)).data.quote
      expect(untouched.status).toBe("viewed")
      expect(untouched.shipping_address.address_1).toBe("1 Main Street")

      const accepted = await api.post(
        `/store/portal/quotes/${quote.id}/accept`,
        { selected_item_ids: [], shipping_address_id: cleoSite.id },
        asCleo
      )
      expect(accepted.data.quote.status).toBe("accepted")
      expect(accepted.data.quote.shipping_address.address_1).toBe("9 Side Road")
      expect(addressIds(accepted.data)).toEqual([cleoSite.id])
      const order = await api.get(
        `/admin/orders/${accepted.data.order.id}?fields=*shipping_address`,
        admin
      )
      expect(order.data.order.shipping_address.address_1).toBe("9 Side Road")
    })

    it("narrows a contact at once when staff take a team away or disable them, whatever token they hold", async () => {
      const quote = await sentQuote(acme.id)
      const member = `/admin/portal/companies/${acme.id}/members/${buyerMember.id}`
      await api.post(member, { team_ids: [viewersTeam.id] }, admin)
      const accept = await settle(
        api.post(`/store/portal/quotes/${quote.id}/accept`, { selected_item_ids: [] }, as(buyer))
      )
      expect(accept.status).toBe(403)
      expect((await api.get(`/store/portal/quotes/${quote.id}`, as(buyer))).status).toBe(200)

      await api.post(member, { status: "disabled" }, admin)
      const view = await settle(api.get(`/store/portal/quotes/${quote.id}`, as(buyer, acme.id)))
      expect(view.status).toBe(403)
      // Still a contact of Rival: that company's quotes stay open to them.
      expect((await api.get("/store/portal/quotes", as(buyer, rival.id))).status).toBe(200)
    })
  },
})
