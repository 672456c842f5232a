import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { DemoStore } from "./store"

type DemoProduct = {
  title: string
  handle: string
  description: string
  option: string
  /** One variant per option value; prices in major units (USD). */
  variants: Array<{ value: string; sku: string; price: number }>
}

/** B2B goods a warehouse buyer asks quotes for. */
export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    title: "Steel Pallet Rack",
    handle: "steel-pallet-rack",
    description: "Boltless teardrop pallet rack bay, 16 ft uprights, 2,500 lb per beam pair.",
    option: "Width",
    variants: [
      { value: "96 in", sku: "RACK-96", price: 489 },
      { value: "144 in", sku: "RACK-144", price: 649 },
    ],
  },
  {
    title: "Electric Pallet Jack",
    handle: "electric-pallet-jack",
    description: "Walk-behind lithium pallet jack with 8-hour battery and 48 in forks.",
    option: "Capacity",
    variants: [
      { value: "3,300 lb", sku: "JACK-3300", price: 2890 },
      { value: "4,500 lb", sku: "JACK-4500", price: 3450 },
    ],
  },
  {
    title: "LED High-Bay Light",
    handle: "led-high-bay-light",
    description: "UFO high-bay fixture for warehouse ceilings, 5000 K, 0-10 V dimmable.",
    option: "Output",
    variants: [
      { value: "150 W", sku: "HIBAY-150", price: 159 },
      { value: "240 W", sku: "HIBAY-240", price: 219 },
    ],
  },
  {
    title: "Nitrile Work Gloves (case of 1,000)",
    handle: "nitrile-work-gloves",
    description: "Powder-free 5 mil nitrile gloves, ten boxes of 100.",
    option: "Size",
    variants: [
      { value: "M", sku: "GLOVE-M", price: 89 },
      { value: "L", sku: "GLOVE-L", price: 89 },
      { value: "XL", sku: "GLOVE-XL", price: 95 },
    ],
  },
]

export type DemoVariant = { id: string; sku: string; title: string; product_title: string }

/** Variants by SKU. */
export type DemoCatalog = Record<string, DemoVariant>

/** Creates the demo products that are missing (matched by handle) and returns every demo variant. */
export async function seedCatalog(
  container: MedusaContainer,
  store: DemoStore
): Promise<DemoCatalog> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const products = container.resolve(Modules.PRODUCT)
  const missing = await missingProducts(container, DEMO_PRODUCTS)

  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          ...productFields(product),
          sales_channels: [{ id: store.sales_channel_id }],
          variants: product.variants.map((variant) => ({
            title: variant.value,
            sku: variant.sku,
            manage_inventory: false,
            options: { [product.option]: variant.value },
            prices: [{ amount: variant.price, currency_code: store.currency_code }],
          })),
        })),
      },
    })
  }
  logger.info(
    `Demo catalog: ${DEMO_PRODUCTS.length} products (${missing.length} created, ${DEMO_PRODUCTS.length - missing.length} already there)`
  )

  const variants = await products.listProductVariants(
    { sku: DEMO_PRODUCTS.flatMap((product) => product.variants.map((variant) => variant.sku)) },
    { select: ["id", "sku", "title"], relations: ["product"] }
  )
  return Object.fromEntries(
    variants.map((variant) => [
      variant.sku!,
      {
        id: variant.id,
        sku: variant.sku!,
        title: variant.title ?? "",
        product_title: variant.product?.title ?? "",
      },
    ])
  )
}

type ProductShape = {
  title: string
  handle: string
  description: string
  option: string
  variants: Array<{ value: string }>
}

/** The demo products not in the store yet, matched by handle. */
export async function missingProducts<T extends ProductShape>(
  container: MedusaContainer,
  list: T[]
): Promise<T[]> {
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: list.map((product) => product.handle) }, { select: ["handle"] })
  const have = new Set(existing.map((product) => product.handle))
  return list.filter((product) => !have.has(product.handle))
}

/** A demo product's own fields for createProductsWorkflow: published, one option. */
export function productFields(product: ProductShape) {
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    options: [{ title: product.option, values: product.variants.map((v) => v.value) }],
  }
}
