import { randomUUID } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AGREEMENT_MODULE } from "../../../modules/agreement"
import type AgreementModuleService from "../../../modules/agreement/service"
import { COLLABORATION_MODULE } from "../../../modules/collaboration"
import type CollaborationModuleService from "../../../modules/collaboration/service"
import { PROCUREMENT_MODULE } from "../../../modules/procurement"
import type ProcurementModuleService from "../../../modules/procurement/service"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { LOCK_TTL_SECONDS, quoteLockKey } from "../utils/lock-quote"

/** At most this many quotes and orphaned files are handled per run; the next run takes the rest. */
const BATCH = 200

export type HalfDoneCandidates = {
  /** Quotes with a half-done accept or signing, or tracked files older than the grace period. */
  quote_ids: string[]
  /** Tracked files of no quote, older than the grace period. */
  orphan_file_ids: string[]
}

/**
 * What a dead process may have left (docs/ARCHITECTURE.md, "Crash safety"),
 * older than `cutoff`: quotes `accepted` without an order, and private files
 * still tracked (a signing untracks its files only once the quote has its
 * order, so a tracked file names a signing that did not finish).
 */
export const findHalfDoneAcceptancesStep = createStep(
  "portal-find-half-done-acceptances",
  async ({ cutoff }: { cutoff: Date }, { container }) => {
    const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    // updated_at, not accepted_at: the status and the stamp are two statements.
    const accepted = await quotes.listPortalQuotes(
      { status: "accepted", order_id: null, updated_at: { $lt: cutoff } },
      { select: ["id"], take: BATCH, order: { updated_at: "ASC" } }
    )
    const tracked = await agreements.listPortalPrivateFiles(
      { created_at: { $lt: cutoff } },
      { select: ["file_id", "quote_id"], take: BATCH, order: { created_at: "ASC" } }
    )
    const quoteIds = new Set(accepted.map((quote) => quote.id))
    for (const file of tracked) if (file.quote_id) quoteIds.add(file.quote_id)
    const candidates: HalfDoneCandidates = {
      quote_ids: [...quoteIds],
      orphan_file_ids: tracked.filter((file) => !file.quote_id).map((file) => file.file_id),
    }
    return new StepResponse(candidates)
  }
)

export type ReconciledQuote = {
  quote_id: string
  /**
   * `rolled_back`: the acceptance was undone (status restored, signed agreement
   * and its files deleted); `cleaned`: the quote has its order, only stray
   * files were removed; `skipped`: its lock is held, or Medusa has an order for
   * it that the quote does not record (staff must look); `unchanged`: nothing to do.
   */
  outcome: "rolled_back" | "cleaned" | "skipped" | "unchanged"
  restored_status?: "sent" | "viewed"
  files_deleted: number
}

/**
 * Rolls back what a dead process left of each candidate quote, skipping quotes whose lock is
 * held. Rolling back, not finishing: the buyer was never answered, so an order would surprise
 * them (docs/ARCHITECTURE.md, "Crash safety").
 */
export const rollBackHalfDoneAcceptancesStep = createStep(
  "portal-roll-back-half-done-acceptances",
  async ({ quote_ids }: { quote_ids: string[] }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const results: ReconciledQuote[] = []
    for (const quoteId of quote_ids) {
      const key = quoteLockKey(quoteId)
      const ownerId = `portal-reconcile:${randomUUID()}`
      try {
        await locking.acquire(key, { ownerId, expire: LOCK_TTL_SECONDS })
      } catch {
        results.push({ quote_id: quoteId, outcome: "skipped", files_deleted: 0 })
        continue
      }
      try {
        results.push(await reconcileQuote(container, quoteId))
      } finally {
        await locking.release(key, { ownerId })
      }
    }
    return new StepResponse(results)
  }
)

type Container = Parameters<Parameters<typeof createStep>[1]>[1]["container"]

async function reconcileQuote(container: Container, quoteId: string): Promise<ReconciledQuote> {
  const quotes: QuoteModuleService = container.resolve(QUOTE_MODULE)
  const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
  const files = container.resolve(Modules.FILE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const db: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

  const [quote] = await quotes.listPortalQuotes(
    { id: quoteId },
    { select: ["id", "status", "order_id", "last_viewed_at", "display_number"] }
  )
  const [signed] = await agreements.listPortalSignedAgreements(
    { quote_id: quoteId },
    { select: ["id", "pdf_file_id", "signature_file_id"] }
  )
  const tracked = await agreements.listPortalPrivateFiles(
    { quote_id: quoteId },
    { select: ["id", "file_id"] }
  )
  const signedFiles = signed ? [signed.pdf_file_id, signed.signature_file_id] : []

  if (quote?.order_id) {
    // The signing finished but died before untracking: its own files stay, strays go.
    const strays = tracked.filter((row) => !signedFiles.includes(row.file_id))
    if (strays.length) await files.deleteFiles(strays.map((row) => row.file_id))
    if (tracked.length) await agreements.deletePortalPrivateFiles(tracked.map((row) => row.id))
    return {
      quote_id: quoteId,
      outcome: strays.length ? "cleaned" : "unchanged",
      files_deleted: strays.length,
    }
  }

  if (quote) {
    // Medusa's order exists but the quote does not record it (the process died
    // between the two): rolling back would let the buyer order twice.
    const { rows } = await db.raw<{ rows: { id: string }[] }>(
      `SELECT id FROM "order" WHERE metadata->>'portal_quote_id' = ? AND deleted_at IS NULL LIMIT 1`,
      [quoteId]
    )
    if (rows.length) {
      logger.warn(
        `Client portal: quote ${quoteId} is ${quote.status} and order ${rows[0].id} was created for it but not recorded; left for staff`
      )
      return { quote_id: quoteId, outcome: "skipped", files_deleted: 0 }
    }
  }

  // In this order, so that a reconciler that dies midway leaves something the
  // next run still finds: files, then the signed agreement, then the tracking
  // rows, then the status.
  const fileIds = [...new Set([...signedFiles, ...tracked.map((row) => row.file_id)])]
  if (fileIds.length) await files.deleteFiles(fileIds)
  if (signed) await agreements.deletePortalSignedAgreements(signed.id)
  if (tracked.length) await agreements.deletePortalPrivateFiles(tracked.map((row) => row.id))

  let restored: "sent" | "viewed" | undefined
  if (quote?.status === "accepted") {
    const from = await statusBeforeAcceptance(quotes, quoteId, !!quote.last_viewed_at)
    if (await quotes.restoreUnorderedAcceptance(quoteId, from)) restored = from
  }

  const changed = !!restored || !!signed
  if (quote && changed) {
    await quotes.createPortalQuoteEvents({
      quote_id: quoteId,
      type: "updated",
      actor_type: "system",
      data: {
        fields: restored ? ["status"] : [],
        recovered: "acceptance_rolled_back",
        restored_status: restored ?? null,
        signed_agreement_deleted: signed?.id ?? null,
      },
    })
  }
  if (changed || fileIds.length) {
    logger.info(
      `Client portal: rolled back the half-done acceptance of quote ${quoteId}` +
        (restored ? ` (now ${restored})` : "") +
        `, ${fileIds.length} private file(s) deleted`
    )
  }
  return {
    quote_id: quoteId,
    outcome: changed || fileIds.length ? "rolled_back" : "unchanged",
    restored_status: restored,
    files_deleted: fileIds.length,
  }
}

/** The status the accept moved the quote from, as its "accepted" timeline entry recorded it. */
async function statusBeforeAcceptance(
  quotes: QuoteModuleService,
  quoteId: string,
  viewed: boolean
): Promise<"sent" | "viewed"> {
  const [event] = await quotes.listPortalQuoteEvents(
    { quote_id: quoteId, type: "accepted" },
    { select: ["id", "data"], order: { created_at: "DESC" }, take: 1 }
  )
  const from = (event?.data as { from_status?: unknown } | null)?.from_status
  if (from === "sent" || from === "viewed") return from
  return viewed ? "viewed" : "sent"
}

/** Tracked files of no quote, older than the grace period: deleted with their rows. */
export const deleteOrphanedPrivateFilesStep = createStep(
  "portal-delete-orphaned-private-files",
  async ({ file_ids }: { file_ids: string[] }, { container }) => {
    if (!file_ids.length) return new StepResponse(0)
    // A bill PDF or a document whose row was written (the process died before untracking
    // it) is kept.
    const procurement: ProcurementModuleService = container.resolve(PROCUREMENT_MODULE)
    const collaboration: CollaborationModuleService = container.resolve(COLLABORATION_MODULE)
    const [bills, documents] = await Promise.all([
      procurement.listPortalSupplierBills(
        { file_id: file_ids },
        { select: ["file_id"], withDeleted: true }
      ),
      collaboration.listPortalDocuments(
        { file_id: file_ids },
        { select: ["file_id"], withDeleted: true }
      ),
    ])
    const billed = new Set([...bills, ...documents].map((row) => row.file_id))
    const orphans = file_ids.filter((id) => !billed.has(id))
    if (orphans.length) await container.resolve(Modules.FILE).deleteFiles(orphans)
    const agreements: AgreementModuleService = container.resolve(AGREEMENT_MODULE)
    const rows = await agreements.listPortalPrivateFiles({ file_id: file_ids }, { select: ["id"] })
    if (rows.length) await agreements.deletePortalPrivateFiles(rows.map((row) => row.id))
    return new StepResponse(orphans.length)
  }
)
