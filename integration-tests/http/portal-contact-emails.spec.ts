import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import markOverdueInvoicesJob from "../../src/jobs/mark-overdue-invoices"
import { BILLING_MODULE } from "../../src/modules/billing"
import type BillingModuleService from "../../src/modules/billing/service"
import { CUSTOMER_PERMISSIONS, SUPPLIER_PERMISSIONS } from "../../src/shared/permissions"
import { contactEmailRecipients } from "../../src/workflows/portal/steps/contact-email-recipients"
import {
  createAdminUser,
  createSentQuote,
  createShippingOption,
  createStore,
  Headers,
  quoteBody,
  quoteLink,
  settle,
  shipOrderItems,
  type Store,
  waitFor,
} from "../helpers/fixtures"
import { mailCatcher, type ReceivedEmail } from "../helpers/mail"
import { untranslated } from "../../src/lib/i18n"

jest.setTimeout(180_000)

const PORTAL_URL = "https://portal.merchant.test"
const PASSWORD = "a contact's first password"

/** An email as received through the SMTP path, addressed to one contact. */
type Email = Omit<ReceivedEmail, "to"> & { to: string }

/**
 * What a company's contacts hear about (docs/ARCHITECTURE.md, "Contact
 * emails"): who receives each email (teams, login, choices, status), the deep
 * links, the forgotten-password flow through Medusa's own routes, and the
 * contact's profile. Emails are read from the SMTP path (helpers/mail.ts).
 */
const mail = mailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  env: { PORTAL_URL },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let store: Store

    beforeEach(async () => {
      admin = (await createAdminUser(getContainer())).headers
      store = await createStore(getContainer())
      await mail.clear()
    })

    const emails = async (template: string): Promise<Email[]> =>
      (await mail.all({ template })).map((email) => ({ ...email, to: email.to.join(", ") }))
    /** What Medusa stored of the emails of one template: `data` is at rest, never a secret. */
    const storedData = async (template: string) =>
      (await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template })).map(
        (row) => row.data as Record<string, unknown>
      )
    /** Waits for the emails of one template, then answers their recipients, sorted. */
    const recipientsOf = async (template: string, count = 1) =>
      (
        await waitFor(async () => {
          const found = await emails(template)
          return found.length >= count ? found : null
        })
      )
        .map((n) => n.to)
        .sort()
    const storeAs = (token?: string) => ({
      headers: {
        ...store.storeHeaders.headers,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
    })

    async function company(name: string, sides = { is_customer: true, is_supplier: false }) {
      return (await api.post("/admin/portal/companies", { name, ...sides }, admin)).data.company
        .id as string
    }
    async function team(name: string, permissions: readonly string[]) {
      return (await api.post("/admin/portal/teams", { name, permissions }, admin)).data.team
        .id as string
    }

    /**
     * A contact of `companyId` in `teamIds`; with a login, set up as a contact
     * does it: invited, the invitation accepted with a password.
     */
    async function contact(
      companyId: string,
      who: { email: string } | { customer_id: string },
      teamIds: string[],
      login = true
    ) {
      const body = "email" in who ? { customer: { email: who.email, first_name: "Casey" } } : who
      const members = `/admin/portal/companies/${companyId}/members`
      const member = (await api.post(members, { ...body, team_ids: teamIds }, admin)).data.member
      if (!login) return { member_id: member.id as string, customer_id: member.customer_id }
      await api.post(`${members}/${member.id}/invite`, {}, admin)
      const link = await mail.linkIn({ template: "portal-invitation" })
      const token = /\/invite\/([A-Za-z0-9_-]{43})$/.exec(link)![1]
      const accepted = await api.post(
        "/store/portal/invitations/accept",
        { token, password: PASSWORD },
        store.storeHeaders
      )
      return {
        member_id: member.id as string,
        customer_id: member.customer_id as string,
        token: accepted.data.token as string,
      }
    }

    it("emails the contacts whose teams, login, status and choices allow it, with a link to the record", async () => {
      const container = getContainer()
      const acme = await company("Acme")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const viewers = await team("Quote viewers", ["quotes.view"])
      const suppliers = await team("Suppliers", SUPPLIER_PERMISSIONS)
      await contact(acme, { email: "ana@acme.test" }, [buyers])
      await contact(acme, { email: "vic@acme.test" }, [viewers])
      const otto = await contact(acme, { email: "otto@acme.test" }, [buyers])
      const dis = await contact(acme, { email: "dis@acme.test" }, [buyers])
      await contact(acme, { email: "nolog@acme.test" }, [buyers], false)
      // Customer-side emails need customer permissions: Acme only buys now, so the supplier team
      // Sam joined while Acme also sold to the merchant grants none.
      await api.post(`/admin/portal/companies/${acme}`, { is_supplier: true }, admin)
      await contact(acme, { email: "sam@acme.test" }, [suppliers])
      await api.post(`/admin/portal/companies/${acme}`, { is_supplier: false }, admin)
      // The quote's own customer has a login too: they get the link email, not a second one.
      await contact(acme, { customer_id: store.customer.id }, [buyers])
      await api.post(
        `/admin/portal/companies/${acme}/members/${dis.member_id}`,
        { status: "disabled" },
        admin
      )
      const optOut = await api.post(
        "/store/portal/me",
        { emails: { quotes: false } },
        storeAs(otto.token)
      )
      expect(optOut.data.preferences.emails).toEqual({
        quotes: false,
        messages: true,
        invoices: true,
        orders: true,
        work_requests: true,
        conversations: true,
      })

      // (a) A quote sent to the company.
      const { quote, token } = await createSentQuote(api, admin, store, {
        company_id: acme,
        deposit_percent: 30,
      })
      expect(await recipientsOf("portal-contact-quote-sent", 2)).toEqual([
        "ana@acme.test",
        "vic@acme.test",
      ])
      expect((await emails("portal-quote-sent")).map((n) => n.to)).toEqual(["buyer@acme.test"])
      const [quoteEmail] = await emails("portal-contact-quote-sent")
      expect(quoteEmail.links).toEqual([`${PORTAL_URL}/account/quotes/${quote.id}`])
      expect(quoteEmail.text).toContain(`${PORTAL_URL}/account/quotes/${quote.id}`)
      expect(JSON.stringify(quoteEmail)).not.toContain(token)
      expect(JSON.stringify(await storedData("portal-contact-quote-sent"))).not.toContain(
        PORTAL_URL
      )

      // (b) Staff reply in the thread; the buyer's own question is no one's email.
      await api.post(quoteLink(token, "/messages"), { body: "Lead time?" }, store.storeHeaders)
      await api.post(`/admin/portal/quotes/${quote.id}/messages`, { body: "Two weeks." }, admin)
      expect(await recipientsOf("portal-contact-quote-reply", 4)).toEqual([
        "ana@acme.test",
        "buyer@acme.test",
        "otto@acme.test",
        "vic@acme.test",
      ])
      expect((await emails("portal-contact-quote-reply"))[0].text).toContain(
        `${PORTAL_URL}/account/quotes/${quote.id}`
      )

      // (c) The deposit invoice issued at acceptance, then overdue; vic may not see invoices.
      await api.post(quoteLink(token, "/accept"), { selected_item_ids: [] }, store.storeHeaders)
      const expected = ["ana@acme.test", "buyer@acme.test", "otto@acme.test"]
      expect(await recipientsOf("portal-contact-invoice-issued", 3)).toEqual(expected)
      const billing: BillingModuleService = container.resolve(BILLING_MODULE)
      const [invoice] = await billing.listPortalInvoices({ quote_id: quote.id })
      expect((await emails("portal-contact-invoice-issued"))[0].text).toContain(
        `${PORTAL_URL}/account/invoices/${invoice.id}`
      )
      await billing.updatePortalInvoices({ id: invoice.id, due_at: new Date(Date.now() - 1000) })
      await markOverdueInvoicesJob(container)
      expect(await recipientsOf("portal-contact-invoice-overdue", 3)).toEqual(expected)
      expect((await emails("portal-contact-invoice-overdue"))[0].text).toContain("overdue")

      // Withdrawing the company's portal access silences it.
      await api.post(`/admin/portal/companies/${acme}`, { allow_portal: false }, admin)
      expect(await contactEmailRecipients(container, { company_id: acme, kind: "quotes" })).toEqual(
        []
      )
    })

    it("writes each contact's emails in their own language, else their company's", async () => {
      const bergmann = await company("Bergmann")
      await api.post(`/admin/portal/companies/${bergmann}`, { language: "de" }, admin)
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const jonas = await contact(bergmann, { email: "jonas@bergmann.test" }, [buyers])
      const lea = await contact(bergmann, { email: "lea@bergmann.test" }, [buyers])
      await api.post("/store/portal/me", { language: "fr" }, storeAs(lea.token))
      void jonas
      // The quote's buyer belongs to the company (their own email is the link's).
      await contact(bergmann, { customer_id: store.customer.id }, [buyers], false)

      const validUntil = new Date(Date.UTC(2027, 0, 15))
      const { quote } = await createSentQuote(api, admin, store, {
        company_id: bergmann,
        valid_until: validUntil.toISOString(),
      })
      await recipientsOf("portal-contact-quote-sent", 2)
      const german = await mail.latest({
        to: "jonas@bergmann.test",
        template: "portal-contact-quote-sent",
      })
      expect(german.subject).toBe(`Neues Angebot ${quote.number}`)
      expect(german.text).toContain("Hallo Casey,")
      expect(german.text).toContain("Es ist gültig bis 15. Januar 2027.")
      expect(german.text).toContain("Im Portal öffnen")
      expect(untranslated(`${german.subject}\n${german.text}`, "email", "de")).toEqual([])
      const french = await mail.latest({
        to: "lea@bergmann.test",
        template: "portal-contact-quote-sent",
      })
      expect(french.subject).toBe(`Nouveau devis ${quote.number}`)
      expect(french.text).toContain("Il est valable jusqu'au 15 janvier 2027.")
    })

    it("gives a contact's pages their language: their choice, else the company's, else the browser's, else the store's", async () => {
      const acme = await company("Acme")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const ana = await contact(acme, { email: "ana@acme.test" }, [buyers])
      const asAna = (acceptLanguage: string) => ({
        headers: { ...storeAs(ana.token).headers, "accept-language": acceptLanguage },
      })
      const languageFor = async (acceptLanguage: string) =>
        (await api.get("/store/portal/me", asAna(acceptLanguage))).data.language
      // No choice anywhere: the browser's first language the portal has, else the store's.
      expect(await languageFor("it-IT, fr;q=0.8, de;q=0.5")).toBe("fr")
      expect(await languageFor("ja, it")).toBe("en")
      // The company's language comes before the browser's.
      await api.post(`/admin/portal/companies/${acme}`, { language: "de" }, admin)
      expect(await languageFor("fr")).toBe("de")
      // And the contact's own choice before both.
      await api.post("/store/portal/me", { language: "fr" }, storeAs(ana.token))
      expect(await languageFor("de")).toBe("fr")
    })

    it("writes the quote link's email in the quote's language, else its company's", async () => {
      const bergmann = await company("Bergmann")
      await api.post(`/admin/portal/companies/${bergmann}`, { language: "de" }, admin)
      await contact(
        bergmann,
        { customer_id: store.customer.id },
        [await team("Buyers", CUSTOMER_PERMISSIONS)],
        false
      )
      // No language on the quote: the company's.
      const german = await createSentQuote(api, admin, store, { company_id: bergmann })
      const germanEmail = await mail.latest({
        to: "buyer@acme.test",
        template: "portal-quote-sent",
      })
      expect(germanEmail.subject).toMatch(new RegExp(`^Ihr Angebot ${german.quote.number} von `))
      expect(germanEmail.text).toContain(`Angebot öffnen: ${PORTAL_URL}/q/${german.token}`)
      expect(untranslated(`${germanEmail.subject}\n${germanEmail.text}`, "email", "de")).toEqual([])

      // Staff chose French for this one.
      await mail.clear()
      const french = await createSentQuote(api, admin, store, {
        company_id: bergmann,
        language: "fr",
      })
      expect(french.quote.language).toBe("fr")
      const frenchEmail = await mail.latest({
        to: "buyer@acme.test",
        template: "portal-quote-sent",
      })
      expect(frenchEmail.subject).toMatch(new RegExp(`^Votre devis ${french.quote.number} de `))
    })

    it("answers a refusal in the reader's language: the quote's for its link, the contact's when signed in, else the browser's", async () => {
      const speaking = (acceptLanguage?: string, token?: string) => ({
        headers: {
          ...storeAs(token).headers,
          ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
        },
      })
      // Anyone: the browser's language, else the store's; the sentence's key is the code.
      const badLink = quoteLink("A".repeat(43))
      const french = await settle(api.get(badLink, speaking("fr-CA, en;q=0.5")))
      expect(french.status).toBe(404)
      expect(french.data).toEqual({
        type: "not_found",
        code: "access.invalid_link",
        message: "Ce lien de devis n’est pas valide. Demandez-en un nouveau à l’expéditeur.",
      })
      expect((await settle(api.get(badLink, speaking()))).data.message).toBe(
        "This quote link is not valid. Ask the sender for a new one."
      )

      // A German company's quote link: German, whatever the browser asks for.
      const bergmann = await company("Bergmann")
      await api.post(`/admin/portal/companies/${bergmann}`, { language: "de" }, admin)
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      await contact(bergmann, { customer_id: store.customer.id }, [buyers], false)
      const { quote, token } = await createSentQuote(api, admin, store, { company_id: bergmann })
      await api.post(quoteLink(token, "/decline"), { reason: "Too dear" }, speaking())
      const again = await settle(
        api.post(quoteLink(token, "/decline"), { reason: "Again" }, speaking("en"))
      )
      expect(again.status).toBe(409)
      expect(again.data).toEqual({
        type: "conflict",
        code: "quote.not_editable",
        message: `Angebot ${quote.number} ist abgelehnt und kann nicht mehr geändert werden`,
      })
      expect(untranslated(again.data.message, "refusal", "de")).toEqual([])

      // A contact: their own choice (French) over their company's German and their browser.
      const lea = await contact(bergmann, { email: "lea@bergmann.test" }, [buyers])
      await api.post("/store/portal/me", { language: "fr" }, storeAs(lea.token))
      const declined = await settle(
        api.post(
          `/store/portal/quotes/${quote.id}/decline`,
          { reason: "Again" },
          speaking("de", lea.token)
        )
      )
      expect(declined.status).toBe(409)
      expect(declined.data.message).toBe(
        `Le devis ${quote.number} est refusé et ne peut plus être modifié`
      )
    })

    it("emails the buyer their quote in the merchant's name and colour, with a link that opens it", async () => {
      await api.post(
        "/admin/portal/settings",
        { display_name: "Harbor Supply Co.", primary_color: "#0f766e" },
        admin
      )
      const { quote, token } = await createSentQuote(api, admin, store)
      const email = await mail.latest({ to: "buyer@acme.test", template: "portal-quote-sent" })
      expect(email.subject).toBe(`Your quote ${quote.number} from Harbor Supply Co.`)
      expect(email.from).toBe("portal@merchant.test")
      // The merchant's name heads the email on their colour; the button is in that colour too.
      expect(email.html).toMatch(/background:#0f766e[^>]*>Harbor Supply Co\.<\/td>/)
      expect(email.html).toMatch(
        /<a href="[^"]+" style="[^"]*background:#0f766e[^"]*">Open the quote</
      )
      expect(email.text.split("\n")[0]).toBe("Harbor Supply Co.")
      // One absolute link, in the button and in full in the plain text, and it opens the quote.
      expect(email.links).toEqual([`${PORTAL_URL}/q/${token}`])
      expect(email.text).toContain(`Open the quote: ${PORTAL_URL}/q/${token}`)
      const opened = await api.get(
        quoteLink(new URL(email.links[0]).pathname.split("/q/")[1]),
        store.storeHeaders
      )
      expect(opened.status).toBe(200)
      expect(opened.data.quote.id).toBe(quote.id)
    })

    it("tells no contact of a staff note on a draft, which contacts cannot open", async () => {
      const acme = await company("Acme")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      await contact(acme, { email: "ana@acme.test" }, [buyers])
      await contact(acme, { customer_id: store.customer.id }, [buyers], false)
      const draft = (
        await api.post("/admin/portal/quotes", quoteBody(store, { company_id: acme }), admin)
      ).data.quote
      await api.post(`/admin/portal/quotes/${draft.id}/messages`, { body: "Note." }, admin)
      // A reply on a sent quote afterwards: once its email is out, the draft's would be too.
      const { quote } = await createSentQuote(api, admin, store, { company_id: acme })
      await api.post(`/admin/portal/quotes/${quote.id}/messages`, { body: "Hello." }, admin)
      expect(await recipientsOf("portal-contact-quote-reply")).toEqual(["ana@acme.test"])
      const replies = await storedData("portal-contact-quote-reply")
      expect(replies.map((data) => data.quote_id)).toEqual([quote.id])
      expect(JSON.stringify(await mail.all())).not.toContain(draft.id)
      expect(JSON.stringify(replies)).not.toContain(draft.id)
    })

    it("tells contacts who may see orders that their order shipped, was delivered or cancelled", async () => {
      const container = getContainer()
      const acme = await company("Acme")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const quotesOnly = await team("Quote viewers", ["quotes.view"])
      await contact(acme, { email: "ana@acme.test" }, [buyers])
      await contact(acme, { email: "vic@acme.test" }, [quotesOnly])
      await contact(acme, { customer_id: store.customer.id }, [buyers], false)
      const shipping = await createShippingOption(container, store, 40)
      const accepted = async () => {
        const { token } = await createSentQuote(api, admin, store, {
          company_id: acme,
          shipping_option_id: shipping.id,
        })
        const res = await api.post(
          quoteLink(token, "/accept"),
          { selected_item_ids: [] },
          store.storeHeaders
        )
        return res.data.order.id as string
      }

      const orderId = await accepted()
      const order = (await api.get(`/admin/orders/${orderId}?fields=*items`, admin)).data.order
      // The service line has no product, so it ships under any shipping profile.
      const line = order.items.find((item: { title: string }) => item.title === "Installation")
      const fulfillment = await shipOrderItems(api, admin, orderId, [{ id: line.id, quantity: 1 }])
      expect(await recipientsOf("portal-contact-order-shipped")).toEqual(["ana@acme.test"])
      const shippedText = (await emails("portal-contact-order-shipped"))[0].text
      expect(shippedText).toContain(`${PORTAL_URL}/account/orders/${orderId}`)
      expect(shippedText).toContain("Tracking: 1Z999 (https://track.example/1Z999)")

      await api.post(
        `/admin/orders/${orderId}/fulfillments/${fulfillment.id}/mark-as-delivered`,
        {},
        admin
      )
      expect(await recipientsOf("portal-contact-order-delivered")).toEqual(["ana@acme.test"])

      const cancelled = await accepted()
      await api.post(`/admin/orders/${cancelled}/cancel`, {}, admin)
      expect(await recipientsOf("portal-contact-order-canceled")).toEqual(["ana@acme.test"])
      expect((await emails("portal-contact-order-canceled"))[0].text).toContain(
        `${PORTAL_URL}/account/orders/${cancelled}`
      )
    })

    it("sends the portal's reset email for portal resets only, and the new password logs in", async () => {
      const acme = await company("Acme")
      // Written in the contact's language: Acme's, German.
      await api.post(`/admin/portal/companies/${acme}`, { language: "de" }, admin)
      await contact(acme, { email: "ana@acme.test" }, [await team("Buyers", CUSTOMER_PERMISSIONS)])
      const reset = (actor: string, body: Record<string, unknown>) =>
        api.post(`/auth/${actor}/emailpass/reset-password`, body)

      // The merchant's storefront reset and an admin user's reset are not ours to answer.
      expect((await reset("customer", { identifier: "ana@acme.test" })).status).toBe(201)
      await reset("user", { identifier: "admin@example.com", metadata: { portal: true } })
      await reset("customer", { identifier: "ana@acme.test", metadata: { portal: true } })
      await recipientsOf("portal-password-reset")
      const sentResets = await emails("portal-password-reset")
      expect(sentResets).toHaveLength(1)
      const [email] = sentResets
      expect(email.to).toBe("ana@acme.test")
      expect(email.subject).toBe("Portal-Passwort zurücksetzen")
      expect(untranslated(`${email.subject}\n${email.text}`, "email", "de")).toEqual([])
      expect(email.links).toHaveLength(1)
      const url = new URL(email.links[0])
      expect(`${url.origin}${url.pathname}`).toBe(`${PORTAL_URL}/reset-password`)
      expect(url.searchParams.get("email")).toBe("ana@acme.test")
      const token = url.searchParams.get("token")!
      expect(JSON.stringify(await storedData("portal-password-reset"))).not.toContain(token)

      const newPassword = "a brand new password 2"
      const update = await api.post(
        "/auth/customer/emailpass/update",
        { password: newPassword },
        { headers: { authorization: `Bearer ${token}` } }
      )
      expect(update.status).toBe(200)
      const login = (password: string) =>
        settle(api.post("/auth/customer/emailpass", { email: "ana@acme.test", password }))
      expect((await login(newPassword)).status).toBe(200)
      expect((await login(PASSWORD)).status).toBe(401)
      // The token works once.
      const again = await settle(
        api.post(
          "/auth/customer/emailpass/update",
          { password: "yet another password 3" },
          { headers: { authorization: `Bearer ${token}` } }
        )
      )
      expect(again.status).toBe(401)
    })

    it("lets a contact change their name, phone, marketing consent, emails and language, and refuses bad input", async () => {
      const acme = await company("Acme")
      const buyers = await team("Buyers", CUSTOMER_PERMISSIONS)
      const ana = await contact(acme, { email: "ana@acme.test" }, [buyers])
      const me = () => api.get("/store/portal/me", storeAs(ana.token)).then((res) => res.data)
      const before = await me()
      expect(before.preferences).toEqual({
        marketing_opt_in: false,
        emails: {
          quotes: true,
          messages: true,
          invoices: true,
          orders: true,
          work_requests: true,
          conversations: true,
        },
        language: null,
      })

      const bad = [
        {},
        { nickname: "Annie" },
        { first_name: "" },
        { first_name: 42 },
        { phone: "call me" },
        { marketing_opt_in: "yes" },
        { emails: { newsletters: false } },
        { emails: { quotes: "off" } },
        { emails: [] },
        { language: "xx" },
        { language: 7 },
      ]
      for (const body of bad) {
        const res = await settle(api.post("/store/portal/me", body, storeAs(ana.token)))
        expect({ body, status: res.status }).toEqual({ body, status: 400 })
        expect(res.data.message).toEqual(expect.any(String))
      }
      expect(await me()).toEqual(before)

      const updated = await api.post(
        "/store/portal/me",
        {
          first_name: " Ana ",
          last_name: "Alvarez",
          phone: "+1 (555) 010-0100",
          marketing_opt_in: true,
          emails: { invoices: false, orders: false },
          language: "DE",
        },
        storeAs(ana.token)
      )
      expect(updated.status).toBe(200)
      expect(updated.data.contact).toMatchObject({
        first_name: "Ana",
        last_name: "Alvarez",
        phone: "+1 (555) 010-0100",
      })
      expect(updated.data.preferences).toEqual({
        marketing_opt_in: true,
        emails: {
          quotes: true,
          messages: true,
          invoices: false,
          orders: false,
          work_requests: true,
          conversations: true,
        },
        language: "de",
      })
      expect(await me()).toEqual(updated.data)
      const customer = await getContainer()
        .resolve(Modules.CUSTOMER)
        .retrieveCustomer(ana.customer_id)
      expect(customer).toMatchObject({ first_name: "Ana", phone: "+1 (555) 010-0100" })
      // Only the switches sent change; phone null clears it.
      const partial = await api.post(
        "/store/portal/me",
        { phone: null, emails: { orders: true }, language: null },
        storeAs(ana.token)
      )
      expect(partial.data.contact.phone).toBeNull()
      // Language null takes the choice back: the company's applies again.
      expect(partial.data.preferences.language).toBeNull()
      expect(partial.data.preferences.emails).toEqual({
        quotes: true,
        messages: true,
        invoices: false,
        orders: true,
        work_requests: true,
        conversations: true,
      })

      // The guard comes first: without portal access, even a bad body is a 403, and nothing changes.
      await api.post(
        `/admin/portal/companies/${acme}/members/${ana.member_id}`,
        { status: "disabled" },
        admin
      )
      for (const body of [{ first_name: "Mallory" }, { nickname: "x" }]) {
        const res = await settle(api.post("/store/portal/me", body, storeAs(ana.token)))
        expect(res.status).toBe(403)
      }
      const anonymous = await settle(api.post("/store/portal/me", { first_name: "X" }, storeAs()))
      expect(anonymous.status).toBe(401)
      const after = await getContainer().resolve(Modules.CUSTOMER).retrieveCustomer(ana.customer_id)
      expect(after.first_name).toBe("Ana")
    })
  },
})
