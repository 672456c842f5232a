/**
 * `POST /store/portal/cart-company`: the member's own Medusa cart becomes a
 * portal cart of the company they act for, priced for it (docs/ARCHITECTURE.md,
 * "Money"). The cart itself is Medusa's, read with Medusa's store API.
 */

export type StoreSetPortalCartCompanyBody = { cart_id: string }

export type StoreSetPortalCartCompanyResponse = { cart_id: string; company_id: string }
