import type {
  CreatePromotionDTO,
  CreatePromotionRuleDTO,
  PromotionDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { accountsService, portalService } from "./portal-service"

/** The rule every portal promotion carries: the customer groups it is for. */
export const PORTAL_PROMOTION_RULE = "customer.groups.id"
/**
 * And the sales channel it applies in: the portal's only, so a cart elsewhere
 * (the merchant's own key, or a portal cart moved out) gets no portal discount.
 * The cart's promotion context carries `sales_channel_id` (core-flows 2.21
 * `cart/utils/fields.js`); Medusa's admin names the attribute so too.
 */
export const PORTAL_CHANNEL_RULE = "sales_channel_id"
export const BLANKET_PROMOTION_CODE = "PORTAL-DISCOUNT"
export const companyPromotionCode = (companyId: string) => `PORTAL-DISCOUNT-${companyId}`

/** Which row keeps a promotion's id: the settings ("blanket") or a company (its id). */
type Owner = "blanket" | string

type Wanted = {
  owner: Owner
  code: string
  percent: number
  group_ids: string[]
  active: boolean
  stored_id: string | null
}

export type PortalPromotionsPlan = {
  create: CreatePromotionDTO[]
  create_owners: Owner[]
  update: Array<{
    id: string
    status: "active" | "inactive"
    application_method?: { value: number }
  }>
  rules: Array<{ id: string; values: string[] }>
  // Rules a promotion made before lacks (the channel rule, added in issue 20).
  add_rules: Array<{ promotion_id: string; rules: CreatePromotionRuleDTO[] }>
  // Promotions found by code whose id the owner row does not hold yet.
  ids: Array<{ owner: Owner; id: string }>
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join()

/**
 * Plans which portal-discount promotions should exist, be on or off. A promotion is found by
 * its stored id, else by its code, so a rerun after any failure creates nothing twice
 * (docs/ARCHITECTURE.md, "Money").
 */
export const planPortalPromotionsStep = createStep(
  "portal-plan-promotions",
  async (_input: void, { container }) => {
    const portal = portalService(container)
    const accounts = accountsService(container)
    const settings = await portal.getSettings()
    const companies = await accounts.listPortalCompanies(
      {},
      {
        select: [
          "id",
          "allow_portal",
          "discount_percent",
          "customer_group_id",
          "promotion_id",
          "deleted_at",
        ],
        withDeleted: true,
      }
    )
    const live = companies.filter((company) => !company.deleted_at)
    const portalGroups = live
      .filter((company) => company.allow_portal)
      .map((company) => company.customer_group_id)
    const blanketPercent = Number(settings.portal_discount_percent ?? 0)
    const channelId = settings.portal_sales_channel_id ?? null
    const wanted: Wanted[] = [
      {
        owner: "blanket",
        code: BLANKET_PROMOTION_CODE,
        percent: blanketPercent,
        group_ids: portalGroups,
        active: !!channelId && blanketPercent > 0 && portalGroups.length > 0,
        stored_id: settings.portal_promotion_id ?? null,
      },
      ...companies
        .filter((company) => !company.deleted_at || company.promotion_id)
        .map((company) => {
          const percent = Number(company.discount_percent ?? 0)
          return {
            owner: company.id,
            code: companyPromotionCode(company.id),
            percent,
            group_ids: [company.customer_group_id],
            active: !!channelId && !company.deleted_at && company.allow_portal && percent > 0,
            stored_id: company.promotion_id ?? null,
          }
        }),
    ]

    const promotions = container.resolve(Modules.PROMOTION)
    const storedIds = wanted.flatMap((row) => (row.stored_id ? [row.stored_id] : []))
    const existing = await promotions.listPromotions(
      {
        $or: [
          { code: wanted.map((row) => row.code) },
          ...(storedIds.length ? [{ id: storedIds }] : []),
        ],
      },
      { relations: ["application_method", "rules", "rules.values"] }
    )
    const byId = new Map(existing.map((promotion) => [promotion.id, promotion]))
    const byCode = new Map(existing.map((promotion) => [promotion.code, promotion]))

    const plan: PortalPromotionsPlan = {
      create: [],
      create_owners: [],
      update: [],
      rules: [],
      add_rules: [],
      ids: [],
    }
    for (const row of wanted) {
      const found: PromotionDTO | undefined =
        (row.stored_id ? byId.get(row.stored_id) : undefined) ?? byCode.get(row.code)
      if (!found) {
        if (!row.active) continue
        plan.create.push({
          code: row.code,
          type: "standard",
          is_automatic: true,
          status: "active",
          application_method: {
            type: "percentage",
            target_type: "items",
            allocation: "across",
            value: row.percent,
          },
          rules: [
            { attribute: PORTAL_PROMOTION_RULE, operator: "in", values: row.group_ids },
            { attribute: PORTAL_CHANNEL_RULE, operator: "in", values: [channelId!] },
          ],
        } as CreatePromotionDTO)
        plan.create_owners.push(row.owner)
        continue
      }
      if (found.id !== row.stored_id) plan.ids.push({ owner: row.owner, id: found.id })
      const rule = (found.rules ?? []).find((r) => r.attribute === PORTAL_PROMOTION_RULE)
      // A promotion stripped of its group rule would apply to everyone: it stays off.
      const active = row.active && !!rule
      const values = (rule?.values ?? []).map((value) => String(value.value))
      if (active && rule && !sameSet(values, row.group_ids)) {
        plan.rules.push({ id: rule.id, values: row.group_ids })
      }
      if (channelId) {
        const channelRule = (found.rules ?? []).find((r) => r.attribute === PORTAL_CHANNEL_RULE)
        const channelValues = (channelRule?.values ?? []).map((value) => String(value.value))
        if (!channelRule) {
          plan.add_rules.push({
            promotion_id: found.id,
            rules: [{ attribute: PORTAL_CHANNEL_RULE, operator: "in", values: [channelId] }],
          })
        } else if (!sameSet(channelValues, [channelId])) {
          plan.rules.push({ id: channelRule.id, values: [channelId] })
        }
      }
      const value = Number(found.application_method?.value ?? 0)
      const status = active ? "active" : "inactive"
      if (found.status !== status || (active && value !== row.percent)) {
        plan.update.push({
          id: found.id,
          status,
          ...(active ? { application_method: { value: row.percent } } : {}),
        })
      }
    }
    return new StepResponse(plan)
  }
)

/** Adds rules to existing promotions; compensation removes the rules it added. */
export const addPortalPromotionRulesStep = createStep(
  "portal-add-promotion-rules",
  async (rows: PortalPromotionsPlan["add_rules"], { container }) => {
    const promotions = container.resolve(Modules.PROMOTION)
    const added: Array<{ promotion_id: string; rule_ids: string[] }> = []
    for (const { promotion_id, rules } of rows) {
      const created = await promotions.addPromotionRules(promotion_id, rules)
      added.push({ promotion_id, rule_ids: created.map((rule) => rule.id) })
    }
    return new StepResponse(added, added)
  },
  async (added, { container }) => {
    if (!added?.length) return
    const promotions = container.resolve(Modules.PROMOTION)
    for (const { promotion_id, rule_ids } of added) {
      await promotions.removePromotionRules(promotion_id, rule_ids)
    }
  }
)

/** Remembers promotion ids on their rows; compensation puts the old ids back. */
export const recordPortalPromotionIdsStep = createStep(
  "portal-record-promotion-ids",
  async (rows: Array<{ owner: Owner; id: string }>, { container }) => {
    const portal = portalService(container)
    const accounts = accountsService(container)
    const previous: Array<{ owner: Owner; id: string | null }> = []
    for (const { owner, id } of rows) {
      if (owner === "blanket") {
        const settings = await portal.getSettings()
        previous.push({ owner, id: settings.portal_promotion_id ?? null })
        await portal.updatePortalSettings({ id: settings.id, portal_promotion_id: id })
      } else {
        const [company] = await accounts.listPortalCompanies(
          { id: owner },
          { select: ["id", "promotion_id"], withDeleted: true }
        )
        previous.push({ owner, id: company?.promotion_id ?? null })
        await accounts.updatePortalCompanies({ id: owner, promotion_id: id })
      }
    }
    return new StepResponse(rows, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const portal = portalService(container)
    const accounts = accountsService(container)
    for (const { owner, id } of previous) {
      if (owner === "blanket") {
        const settings = await portal.getSettings()
        await portal.updatePortalSettings({ id: settings.id, portal_promotion_id: id })
      } else await accounts.updatePortalCompanies({ id: owner, promotion_id: id })
    }
  }
)
