import type { StorePortalProduct, StorePortalProductVariant } from "@shared/http/catalog"
import { useQueryClient } from "@tanstack/react-query"
import { useId, useState, type FormEvent } from "react"
import { Link, useParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { formatMoney } from "../../lib/format"
import { type Translate, useT } from "../../lib/i18n"
import { useAction } from "../../lib/use-action"
import { mayUseCart } from "../../app/access"
import { RecordStates } from "../../app/NotFoundCard"
import { useMe } from "../../lib/data/me"
import { breakAt, useCatalogLine, useCatalogProduct } from "../../lib/data/catalog"
import { addToCart, cartKeys } from "../../lib/data/carts"
import { StockBadge } from "./StockBadge"

/**
 * `/account/catalog/:id`: the product, its variants with their options, the
 * member's net price, the price breaks and stock of the chosen variant, and
 * a quantity to add to the company's cart.
 */
export function ProductPage() {
  const t = useT("catalog")
  const { id = "" } = useParams()
  const query = useCatalogProduct(id)
  const product = query.data?.product
  useTitle(product ? `${product.title}` : t("product.title"))
  return (
    <RecordStates
      query={query}
      texts={{ loading: t("product.loading"), not_found: t("product.not_found") }}
      back={{ to: "/account/catalog", label: t("back") }}
    >
      {({ product }) => <ProductView product={product} />}
    </RecordStates>
  )
}

const variantLabel = (t: Translate<"catalog">, variant: StorePortalProductVariant) =>
  variant.options.length
    ? variant.options
        .map((option) => (option.option ? `${option.option}: ${option.value}` : option.value))
        .join(", ")
    : (variant.title ?? variant.sku ?? t("product.default_variant"))

function ProductView({ product }: { product: StorePortalProduct }) {
  const [variantId, setVariantId] = useState(product.variants[0]?.id ?? "")
  const variant = product.variants.find((candidate) => candidate.id === variantId)
  const image = product.images[0]?.url ?? product.thumbnail
  return (
    <>
      <section className="card product" aria-labelledby="product-title">
        {image && <img className="product-image" src={image} alt={product.title} />}
        <h1 id="product-title">{product.title}</h1>
        {product.subtitle && <p className="hint">{product.subtitle}</p>}
        {product.description && <p className="pre-wrap">{product.description}</p>}
        {product.categories.length > 0 && (
          <p className="hint">{product.categories.map((category) => category.name).join(", ")}</p>
        )}
      </section>
      {product.variants.length > 1 && (
        <VariantChoice product={product} value={variantId} onChange={setVariantId} />
      )}
      {variant && <VariantOffer key={variant.id} product={product} variant={variant} />}
    </>
  )
}

function VariantChoice({
  product,
  value,
  onChange,
}: {
  product: StorePortalProduct
  value: string
  onChange: (id: string) => void
}) {
  const t = useT("catalog")
  const name = useId()
  return (
    <fieldset className="card variant-choice">
      <legend>{t("product.variant")}</legend>
      {product.variants.map((variant) => (
        <label key={variant.id} className="address-choice">
          <input
            type="radio"
            name={name}
            value={variant.id}
            checked={value === variant.id}
            onChange={() => onChange(variant.id)}
          />
          <span>
            <span className="item-title">{variantLabel(t, variant)}</span>
            {variant.sku && (
              <span className="item-sku"> · {t("sku_value", { sku: variant.sku })}</span>
            )}
            {variant.price && (
              <span className="hint">
                {" "}
                · {formatMoney(variant.price.net_amount, variant.price.currency_code)}
              </span>
            )}{" "}
            <StockBadge stock={variant.stock} />
          </span>
        </label>
      ))}
    </fieldset>
  )
}

function VariantOffer({
  product,
  variant,
}: {
  product: StorePortalProduct
  variant: StorePortalProductVariant
}) {
  const t = useT("catalog")
  const { data: me } = useMe()
  const queryClient = useQueryClient()
  const quantityId = useId()
  const [quantity, setQuantity] = useState("1")
  const [added, setAdded] = useState<string | null>(null)
  const action = useAction()
  const count = Math.max(1, Math.floor(Number(quantity)) || 1)
  const row = breakAt(variant, count)
  const line = useCatalogLine(product.id, variant.id, count).data
  const currency = variant.price?.currency_code
  const money = (amount: number) => formatMoney(amount, currency ?? "usd")
  const outOfStock =
    variant.stock !== undefined &&
    ("status" in variant.stock
      ? variant.stock.status === "out_of_stock"
      : variant.stock.available_quantity !== null && variant.stock.available_quantity <= 0)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!me) return
    setAdded(null)
    void action.run(async () => {
      await addToCart(me.active_company_id, variant.id, count)
      await queryClient.invalidateQueries({ queryKey: cartKeys.detail(me.active_company_id) })
      setAdded(t("product.added", { quantity: count, product: product.title }))
    })
  }

  return (
    <section className="card" aria-labelledby="offer-title">
      <h2 id="offer-title">{variantLabel(t, variant)}</h2>
      <dl className="facts">
        {variant.sku && (
          <div>
            <dt>{t("sku")}</dt>
            <dd>{variant.sku}</dd>
          </div>
        )}
        <div>
          <dt>{t("product.your_price")}</dt>
          <dd data-testid="net-price">
            {product.price_on_request
              ? t("price.on_request")
              : variant.price
                ? money(row?.net_amount ?? variant.price.net_amount)
                : t("price.none_in_currency")}
            {variant.price &&
              (row?.amount ?? variant.price.amount) !==
                (row?.net_amount ?? variant.price.net_amount) && (
                <span className="hint">
                  {" "}
                  {t("product.list_price", { price: money(row?.amount ?? variant.price.amount) })}
                </span>
              )}
          </dd>
        </div>
        {variant.stock && (
          <div>
            <dt>{t("product.stock")}</dt>
            <dd>
              <StockBadge stock={variant.stock} />
            </dd>
          </div>
        )}
      </dl>
      {variant.price_breaks && variant.price_breaks.length > 1 && (
        <table className="items price-breaks">
          <caption>{t("product.price_breaks")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("quantity")}</th>
              <th scope="col" className="num">
                {t("unit_price")}
              </th>
            </tr>
          </thead>
          <tbody>
            {variant.price_breaks.map((tier) => (
              <tr key={tier.min_quantity} aria-current={tier === row ? "true" : undefined}>
                <td>
                  {tier.max_quantity === null
                    ? t("product.break_from", { min: tier.min_quantity })
                    : t("product.break_range", { min: tier.min_quantity, max: tier.max_quantity })}
                </td>
                <td className="num" data-label={t("unit_price")}>
                  {money(tier.net_amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="add-to-cart" onSubmit={submit}>
        <div className="field">
          <label htmlFor={quantityId}>{t("quantity")}</label>
          <input
            id={quantityId}
            type="number"
            inputMode="numeric"
            min={1}
            step={1}
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
          />
        </div>
        {line && (
          <p className="hint" data-testid="line-total">
            {line.discount_total
              ? t("product.line_total_discounts", {
                  quantity: line.quantity,
                  unit_price: money(line.unit_price),
                  discounts: money(line.discount_total),
                  total: money(line.total),
                })
              : t("product.line_total", {
                  quantity: line.quantity,
                  unit_price: money(line.unit_price),
                  total: money(line.total),
                })}
          </p>
        )}
        {/* A contact who may neither order nor ask for quotes only browses: no cart. */}
        {me && mayUseCart(me) && (
          <>
            <button
              type="submit"
              className="button primary"
              disabled={action.busy || outOfStock || !me}
            >
              {action.busy
                ? t("product.adding")
                : outOfStock
                  ? t("stock.out_of_stock")
                  : t("product.add_to_cart")}
            </button>
            <div role="status" aria-live="polite">
              {added && (
                <p className="saved">
                  {added} <Link to="/account/catalog/cart">{t("product.view_cart")}</Link>
                </p>
              )}
            </div>
          </>
        )}
        {action.error && (
          <p className="error" role="alert">
            {action.error}
          </p>
        )}
      </form>
    </section>
  )
}
