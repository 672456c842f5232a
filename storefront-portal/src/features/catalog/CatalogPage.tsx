import type { StorePortalProduct } from "@shared/http/catalog"
import { useId, useState, type FormEvent } from "react"
import { Link, useSearchParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { formatMoney } from "../../lib/format"
import { useT } from "../../lib/i18n"
import { mayUseCart } from "../../app/access"
import { Pager, QueryStates } from "../../app/ListStates"
import { useMe } from "../../lib/data/me"
import { fromPrice, useCatalogList, useCategories } from "../../lib/data/catalog"
import { productStock, StockBadge } from "./StockBadge"

const LIMIT = 12

/**
 * `/account/catalog`: the portal channel's products with the member's prices
 * and stock; search, category and page live in the address (`?q=&category=&page=`).
 */
export function CatalogPage() {
  const t = useT("catalog")
  const tc = useT("common")
  useTitle(tc("sections.catalog"))
  const { data: me } = useMe()
  const [params, setParams] = useSearchParams()
  const q = params.get("q") ?? ""
  const category = params.get("category") ?? ""
  const page = Math.max(1, Number(params.get("page")) || 1)
  const offset = (page - 1) * LIMIT
  const query = useCatalogList({
    ...(q ? { q } : {}),
    ...(category ? { category_id: category } : {}),
    limit: LIMIT,
    offset,
  })
  const go = (next: { q?: string; category?: string; page?: number }) => {
    const search = new URLSearchParams()
    const nq = next.q ?? q
    const nc = next.category ?? category
    if (nq) search.set("q", nq)
    if (nc) search.set("category", nc)
    if (next.page && next.page > 1) search.set("page", String(next.page))
    setParams(search)
  }
  const filtered = Boolean(q || category)

  return (
    <>
      <div className="header-row">
        <h1 className="page-title">{tc("sections.catalog")}</h1>
        {me && mayUseCart(me) && <Link to="/account/catalog/cart">{t("your_cart")}</Link>}
      </div>
      <Filters q={q} category={category} onChange={go} />
      <QueryStates
        query={query}
        loading={t("list.loading")}
        isEmpty={(data) => data.products.length === 0}
        empty={filtered ? t("list.no_match") : t("list.empty")}
      >
        {(data) => (
          <>
            <ul
              className="product-grid"
              aria-label={t("list.products")}
              aria-busy={query.isFetching}
            >
              {data.products.map((product) => (
                <ProductCard key={product.id} product={product} />
              ))}
            </ul>
            <Pager
              label={t("list.products")}
              count={data.count}
              offset={offset}
              limit={LIMIT}
              onOffset={(next) => go({ page: next / LIMIT + 1 })}
            />
          </>
        )}
      </QueryStates>
    </>
  )
}

function Filters({
  q,
  category,
  onChange,
}: {
  q: string
  category: string
  onChange: (next: { q?: string; category?: string }) => void
}) {
  const t = useT("catalog")
  const searchId = useId()
  const categoryId = useId()
  const [text, setText] = useState(q)
  const categories = useCategories()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onChange({ q: text.trim() })
  }
  return (
    <form className="card list-filters" role="search" onSubmit={submit}>
      <div className="field">
        <label htmlFor={searchId}>{t("list.search_label")}</label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {categories.data && categories.data.length > 0 && (
        <div className="field">
          <label htmlFor={categoryId}>{t("list.category")}</label>
          <select
            id={categoryId}
            value={category}
            onChange={(event) => onChange({ category: event.target.value })}
          >
            <option value="">{t("list.all_categories")}</option>
            {categories.data.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button">
        {t("list.search")}
      </button>
    </form>
  )
}

function ProductCard({ product }: { product: StorePortalProduct }) {
  const t = useT("catalog")
  const from = fromPrice(product)
  return (
    <li className="card product-card">
      {product.thumbnail ? (
        <img className="thumb" src={product.thumbnail} alt="" width={72} height={72} />
      ) : (
        <span className="thumb" aria-hidden="true" />
      )}
      <div className="product-card-text">
        <Link className="record-title" to={`/account/catalog/${product.id}`}>
          {product.title}
        </Link>
        {product.subtitle && <span className="hint">{product.subtitle}</span>}
        <span className="product-price" data-testid="product-price">
          {product.price_on_request
            ? t("price.on_request")
            : from
              ? t("price.from", { price: formatMoney(from.amount, from.currency) })
              : t("price.none_in_currency")}
        </span>
        <StockBadge stock={productStock(product.variants)} />
      </div>
    </li>
  )
}
