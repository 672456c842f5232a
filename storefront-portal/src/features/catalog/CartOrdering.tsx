import { formatQuoteAddress, toQuoteShippingAddress } from "@shared/quote-address"
import { useIsFetching, useQueryClient } from "@tanstack/react-query"
import { useId, useState, type FormEvent, type ReactNode } from "react"
import { useNavigate } from "react-router"
import { formatMoney } from "../../lib/format"
import { type Translate, useT } from "../../lib/i18n"
import {
  cartKeys,
  cartTotals,
  forgetCart,
  placeOrder,
  requestQuote,
  setCartAddress,
  setShippingOption,
  usePaymentProviders,
  useRegionCountries,
  useSavedAddresses,
  useShippingOptions,
  type CartAddress,
  type PortalCart,
} from "../../lib/data/carts"
import { orderKeys } from "../../lib/data/orders"
import { quoteKeys } from "../../lib/data/quotes"
import { useAction } from "../../lib/use-action"

// What a member does with the portal cart (docs/ARCHITECTURE.md, "Quote
// requests" and "Placing orders"): ask for a quote, or check out through
// Medusa's own cart routes. The page follows the settings from
// GET /store/portal/me; the server refuses either way when they are off.

/** "Request a quote": the cart's lines and a note become a quote the merchant prices. */
export function QuoteRequest({
  cart,
  companyId,
  allowed,
}: {
  cart: PortalCart
  companyId: string
  allowed: boolean
}) {
  const t = useT("catalog")
  const noteId = useId()
  const [note, setNote] = useState("")
  const action = useAction()
  const navigate = useNavigate()
  const queryClient = useQueryClient()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    void action.run(async () => {
      const { quote } = await requestQuote(cart.id, note)
      // The cart is left as it is on the server; this device starts a fresh one.
      forgetCart(companyId)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: cartKeys.detail(companyId) }),
        queryClient.invalidateQueries({ queryKey: quoteKeys.all }),
      ])
      navigate(`/account/quotes/${encodeURIComponent(quote.id)}`)
    })
  }

  return (
    <section className="card" aria-labelledby="quote-request-title">
      <h2 id="quote-request-title">{t("quote_request.title")}</h2>
      {allowed ? (
        <form onSubmit={submit}>
          <p>{t("quote_request.intro")}</p>
          <label htmlFor={noteId}>{t("quote_request.note")}</label>
          <textarea
            id={noteId}
            rows={3}
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
          {action.error && (
            <p className="error" role="alert">
              {action.error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={action.busy}>
              {action.busy ? t("quote_request.requesting") : t("quote_request.submit")}
            </button>
          </div>
        </form>
      ) : (
        <p data-testid="quote-requests-off">{t("quote_request.off")}</p>
      )}
    </section>
  )
}

const providerLabel = (t: Translate<"catalog">, id: string) =>
  id.startsWith("pp_system") ? t("checkout.manual_payment") : id

/** The address on one line, in the order the quote pages and papers print it. */
const addressLine = (address: CartAddress) =>
  formatQuoteAddress(toQuoteShippingAddress(address)).join(", ")

/** A new address's fields, each labelled by `label(t, tc)` in the page's language. */
const ADDRESS_FIELDS: {
  name: keyof CartAddress
  label: (t: Translate<"catalog">, tc: Translate<"common">) => string
  required?: boolean
}[] = [
  { name: "first_name", label: (_, tc) => tc("fields.first_name"), required: true },
  { name: "last_name", label: (_, tc) => tc("fields.last_name"), required: true },
  { name: "company", label: (t) => t("address.company") },
  { name: "address_1", label: (t) => t("address.address"), required: true },
  { name: "city", label: (t) => t("address.city"), required: true },
  { name: "province", label: (t) => t("address.province") },
  { name: "postal_code", label: (t) => t("address.postal_code"), required: true },
]

/**
 * A sentence with a value shown as an element ("Total to pay: <strong>$10.00</strong>"):
 * the sentence's words around `{{name}}`, in the order the language puts them.
 */
function withElement(sentence: string, name: string, element: ReactNode) {
  const [before, after = ""] = sentence.split(`{{${name}}}`)
  return (
    <>
      {before}
      {element}
      {after}
    </>
  )
}

const pick = (address: CartAddress): CartAddress => ({
  first_name: address.first_name ?? undefined,
  last_name: address.last_name ?? undefined,
  company: address.company ?? undefined,
  address_1: address.address_1 ?? undefined,
  address_2: address.address_2 ?? undefined,
  city: address.city ?? undefined,
  postal_code: address.postal_code ?? undefined,
  province: address.province ?? undefined,
  country_code: address.country_code ?? undefined,
  phone: address.phone ?? undefined,
})

/**
 * Checkout: the shipping address (one of the contact's own or a new one), a
 * shipping option and a payment provider of the region, then Medusa completes
 * the cart; the place-order gate's refusal is shown as the server words it.
 */
export function Checkout({ cart, companyId }: { cart: PortalCart; companyId: string }) {
  const t = useT("catalog")
  const hasAddress = !!cart.shipping_address?.address_1
  const [editing, setEditing] = useState(!hasAddress)
  return (
    <section className="card" aria-labelledby="checkout-title">
      <h2 id="checkout-title">{t("checkout.title")}</h2>
      {editing || !hasAddress ? (
        <AddressStep cart={cart} companyId={companyId} onDone={() => setEditing(false)} />
      ) : (
        <>
          <h3>{t("checkout.shipping_address")}</h3>
          <p data-testid="shipping-address">
            {addressLine(cart.shipping_address!)}{" "}
            <button
              type="button"
              className="button small"
              onClick={() => setEditing(true)}
              aria-label={t("checkout.change_address")}
            >
              {t("checkout.change")}
            </button>
          </p>
          <PayStep cart={cart} companyId={companyId} />
        </>
      )}
    </section>
  )
}

function AddressStep({
  cart,
  companyId,
  onDone,
}: {
  cart: PortalCart
  companyId: string
  onDone: () => void
}) {
  const t = useT("catalog")
  const tc = useT("common")
  const queryClient = useQueryClient()
  const action = useAction()
  const formId = useId()
  const saved = useSavedAddresses()
  const region = useRegionCountries(cart.region_id)
  const countries = region.data ?? []
  const addresses = saved.data ?? []
  const [choice, setChoice] = useState<string>("")
  const chosen = choice || (addresses[0]?.id ?? "new")
  const [fresh, setFresh] = useState<CartAddress>({})
  const country = fresh.country_code || countries[0]?.iso_2 || ""

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const address =
      chosen === "new"
        ? { ...fresh, country_code: country }
        : addresses.find((candidate) => candidate.id === chosen)
    if (!address) return
    void action.run(async () => {
      const body = pick(address) as Record<string, string | undefined>
      await setCartAddress(cart.id, body)
      await queryClient.invalidateQueries({ queryKey: cartKeys.detail(companyId) })
      onDone()
    })
  }

  return (
    <form onSubmit={submit}>
      <Choices
        legend={t("checkout.shipping_address")}
        name={`${formId}-address`}
        items={
          saved.data || saved.isError
            ? [
                ...addresses.map((address) => ({ id: address.id, label: addressLine(address) })),
                {
                  id: "new",
                  label: addresses.length
                    ? t("checkout.another_address")
                    : t("checkout.new_address"),
                },
              ]
            : undefined
        }
        value={chosen}
        onChange={setChoice}
        none=""
      />
      {chosen === "new" && (
        <div className="field-pair">
          {ADDRESS_FIELDS.map((field) => (
            <div key={field.name} className="field">
              <label htmlFor={`${formId}-${field.name}`}>{field.label(t, tc)}</label>
              <input
                id={`${formId}-${field.name}`}
                required={field.required}
                autoComplete={AUTOCOMPLETE[field.name]}
                value={fresh[field.name] ?? ""}
                onChange={(event) => setFresh({ ...fresh, [field.name]: event.target.value })}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${formId}-country`}>{t("address.country")}</label>
            <select
              id={`${formId}-country`}
              required
              value={country}
              onChange={(event) => setFresh({ ...fresh, country_code: event.target.value })}
            >
              {countries.map((country) => (
                <option key={country.iso_2} value={country.iso_2}>
                  {country.display_name ?? country.iso_2?.toUpperCase()}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {action.error && (
        <p className="error" role="alert">
          {action.error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={action.busy}>
          {t("checkout.use_address")}
        </button>
      </div>
    </form>
  )
}

const AUTOCOMPLETE: Partial<Record<keyof CartAddress, string>> = {
  first_name: "given-name",
  last_name: "family-name",
  company: "organization",
  address_1: "address-line1",
  city: "address-level2",
  province: "address-level1",
  postal_code: "postal-code",
}

/**
 * Shipping and payment. Choosing a shipping option sets it on Medusa's cart at
 * once, so the total shown before Place order is Medusa's own, freight and tax
 * included, and it is the total of the order Medusa makes.
 */
function PayStep({ cart, companyId }: { cart: PortalCart; companyId: string }) {
  const t = useT("catalog")
  const formId = useId()
  const action = useAction()
  const shipping = useAction()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const refreshing = useIsFetching({ queryKey: cartKeys.detail(companyId) }) > 0
  const options = useShippingOptions(cart)
  const providers = usePaymentProviders(cart.region_id)
  const [providerChoice, setProviderChoice] = useState("")
  const [optionChoice, setOptionChoice] = useState("")
  const onCart = cart.shipping_methods?.[0]?.shipping_option_id ?? ""
  const optionId = optionChoice || onCart
  const providerId = providerChoice || (providers.data?.[0]?.id ?? "")
  const money = (amount: number) => formatMoney(amount, cart.currency_code)
  const rows = cartTotals(cart).rows
  const amountOf = (key: string) => rows.find((row) => row.key === key)?.amount ?? 0
  // The total shown is the cart's with the chosen option on it, nothing older.
  const current = !!optionId && optionId === onCart && !shipping.busy && !refreshing
  const ready = current && !!providerId

  const chooseOption = (id: string) => {
    if (shipping.busy) return
    setOptionChoice(id)
    return shipping.run(
      async () => {
        await setShippingOption(cart.id, id)
        await queryClient.invalidateQueries({ queryKey: cartKeys.detail(companyId) })
      },
      () => setOptionChoice("")
    )
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!ready) return
    void action.run(async () => {
      const placed = await placeOrder(cart.id, providerId)
      if (placed.type !== "order") {
        // Medusa answers a refused payment in English: say it in the page's words.
        action.setError(
          t(
            placed.error?.type === "payment_requires_more_error"
              ? "checkout.payment_more"
              : placed.error?.type === "payment_authorization_error"
                ? "checkout.payment_refused"
                : "checkout.not_placed"
          )
        )
        return
      }
      forgetCart(companyId)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: cartKeys.detail(companyId) }),
        queryClient.invalidateQueries({ queryKey: orderKeys.lists() }),
      ])
      navigate(`/account/orders/${encodeURIComponent(placed.order.id)}`)
    })
  }

  return (
    <form onSubmit={submit}>
      <Choices
        legend={t("checkout.shipping_option")}
        name={`${formId}-shipping`}
        items={options.data?.map((option) => ({
          id: option.id,
          label:
            typeof option.amount === "number"
              ? `${option.name} · ${money(option.amount)}`
              : option.name,
        }))}
        value={optionId}
        onChange={(id) => void chooseOption(id)}
        none={t("checkout.no_shipping_option")}
      />
      {shipping.error && (
        <p className="error" role="alert">
          {shipping.error}
        </p>
      )}
      <Choices
        legend={t("checkout.payment")}
        name={`${formId}-payment`}
        items={providers.data?.map((provider) => ({
          id: provider.id,
          label: providerLabel(t, provider.id),
        }))}
        value={providerId}
        onChange={setProviderChoice}
        none={t("checkout.no_payment_method")}
      />
      <p className="checkout-total" role="status" aria-live="polite">
        {!optionId ? (
          t("checkout.choose_shipping")
        ) : !current ? (
          t("checkout.updating_total")
        ) : (
          <>
            {withElement(
              t("checkout.total_to_pay"),
              "total",
              <strong data-testid="checkout-total">{money(amountOf("total"))}</strong>
            )}{" "}
            <span className="hint">
              {t("checkout.included", {
                shipping: money(amountOf("shipping")),
                tax: money(amountOf("tax")),
              })}
            </span>
          </>
        )}
      </p>
      {action.error && (
        <p className="error" role="alert" data-testid="checkout-error">
          {action.error}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={action.busy || !ready}>
          {action.busy ? t("checkout.placing") : t("checkout.place_order")}
        </button>
      </div>
    </form>
  )
}

/** One choice among radios; `items` undefined while they load. */
function Choices({
  legend,
  name,
  items,
  value,
  onChange,
  none,
}: {
  legend: string
  name: string
  items: { id: string; label: string }[] | undefined
  value: string
  onChange: (id: string) => void
  none: string
}) {
  const tc = useT("common")
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {!items ? (
        <p role="status">{tc("status.loading")}</p>
      ) : items.length ? (
        items.map((item) => (
          <label key={item.id} className="choice">
            <input
              type="radio"
              name={name}
              value={item.id}
              checked={value === item.id}
              onChange={() => onChange(item.id)}
            />{" "}
            {item.label}
          </label>
        ))
      ) : (
        <p>{none}</p>
      )}
    </fieldset>
  )
}
