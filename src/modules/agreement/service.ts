import { Context, InferTypeOf } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { AgreementTemplate, PrivateFile, SignedAgreement } from "./models"
import { assertTemplateValid } from "./template"

export type AgreementTemplateDTO = InferTypeOf<typeof AgreementTemplate>
export type SignedAgreementDTO = InferTypeOf<typeof SignedAgreement>
export type PrivateFileDTO = InferTypeOf<typeof PrivateFile>

/** A template's text in one language. */
export type AgreementTemplateText = { name: string; body: string }

/** Its text in other languages, by language ("de"); see the model. */
export type AgreementTemplateTranslations = Record<string, AgreementTemplateText>

export type AgreementTemplateContent = AgreementTemplateText & {
  translations?: AgreementTemplateTranslations | null
}

/** Every body of a template's content (its own and its translations') is a valid template. */
function assertContentValid(content: Partial<AgreementTemplateContent>) {
  if (content.body !== undefined) assertTemplateValid(content.body)
  for (const translation of Object.values(content.translations ?? {})) {
    assertTemplateValid(translation.body)
  }
}

/** Translations as stored: null for none, keys in order, so equal ones compare equal. */
const storedTranslations = (translations: AgreementTemplateTranslations | null | undefined) =>
  translations && Object.keys(translations).length
    ? Object.fromEntries(
        Object.keys(translations)
          .sort()
          .map((language) => [
            language,
            { name: translations[language].name, body: translations[language].body },
          ])
      )
    : null

/** A version as read under lock, before a revision changed anything. */
export type LockedVersion = Pick<
  AgreementTemplateDTO,
  "id" | "family_id" | "name" | "body" | "version" | "in_use_at"
> & { translations: AgreementTemplateTranslations | null }

/**
 * What `reviseTemplate` did, so that a workflow can undo exactly that:
 * either it created `template` as the next version after `previous`, or it
 * changed `previous` in place into `template`.
 */
export type TemplateRevision = {
  template: AgreementTemplateDTO
  previous: LockedVersion
  created_version: boolean
}

const TABLE = "portal_agreement_template"

// Keys name the generated methods (listPortalAgreementTemplates, ...) and must
// match the model names that Query resolves.
class AgreementModuleService extends MedusaService({
  PortalAgreementTemplate: AgreementTemplate,
  PortalSignedAgreement: SignedAgreement,
  PortalPrivateFile: PrivateFile,
}) {
  /** Starts a template family: version 1, the latest, its own family. */
  @InjectTransactionManager()
  async createTemplate(
    data: AgreementTemplateContent,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AgreementTemplateDTO> {
    assertContentValid(data)
    const id = generateEntityId(undefined, "agrtpl")
    const template = await this.createPortalAgreementTemplates(
      {
        id,
        family_id: id,
        name: data.name,
        body: data.body,
        translations: storedTranslations(data.translations),
        version: 1,
        is_latest: true,
      },
      sharedContext
    )
    return template as AgreementTemplateDTO
  }

  /**
   * Edits a template family through any of its versions. A latest version that
   * no sent quote uses yet is changed in place; once in use it stays as it was
   * and the edit becomes the next version, the new latest.
   */
  @InjectTransactionManager()
  async reviseTemplate(
    id: string,
    changes: Partial<AgreementTemplateContent>,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<TemplateRevision> {
    assertContentValid(changes)
    const manager = sharedContext.transactionManager as SqlEntityManager
    const latest = await this.lockLatestVersion(id, sharedContext)
    const next = {
      name: changes.name ?? latest.name,
      body: changes.body ?? latest.body,
      translations:
        changes.translations === undefined
          ? storedTranslations(latest.translations)
          : storedTranslations(changes.translations),
    }
    if (
      next.name === latest.name &&
      next.body === latest.body &&
      JSON.stringify(next.translations) === JSON.stringify(storedTranslations(latest.translations))
    ) {
      const unchanged = await this.retrievePortalAgreementTemplate(latest.id, {}, sharedContext)
      return { template: unchanged, previous: latest, created_version: false }
    }

    if (!latest.in_use_at) {
      const template = await this.updatePortalAgreementTemplates(
        { id: latest.id, ...next },
        sharedContext
      )
      return {
        template: template as AgreementTemplateDTO,
        previous: latest,
        created_version: false,
      }
    }

    // One latest version per family (a partial unique index): step down first,
    // in SQL, because the ORM would flush the insert before this update.
    await manager.execute(
      `UPDATE ${TABLE} SET is_latest = false, updated_at = now() WHERE id = ?`,
      [latest.id]
    )
    const template = await this.createPortalAgreementTemplates(
      {
        family_id: latest.family_id,
        ...next,
        version: latest.version + 1,
        is_latest: true,
      },
      sharedContext
    )
    return {
      template: template as AgreementTemplateDTO,
      previous: latest,
      created_version: true,
    }
  }

  /** Undoes one `reviseTemplate`: drops the version it created, or restores the old text. */
  @InjectTransactionManager()
  async revertRevision(
    revision: Pick<TemplateRevision, "created_version"> & {
      template: { id: string }
      previous: {
        id: string
        name: string
        body: string
        translations?: AgreementTemplateTranslations | null
      }
    },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const { previous } = revision
    if (revision.created_version) {
      // In this order, in SQL: the family never has two latest versions.
      const manager = sharedContext.transactionManager as SqlEntityManager
      await manager.execute(`DELETE FROM ${TABLE} WHERE id = ?`, [revision.template.id])
      await manager.execute(
        `UPDATE ${TABLE} SET is_latest = true, updated_at = now() WHERE id = ?`,
        [previous.id]
      )
      return
    }
    await this.updatePortalAgreementTemplates(
      {
        id: previous.id,
        name: previous.name,
        body: previous.body,
        translations: storedTranslations(previous.translations),
      },
      sharedContext
    )
  }

  /**
   * Freezes this exact version: called when a quote using it is sent. The
   * first time counts; later calls change nothing. Returns whether this call
   * froze it.
   */
  @InjectTransactionManager()
  async markTemplateInUse(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    await this.retrievePortalAgreementTemplate(id, { select: ["id"] }, sharedContext)
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE ${TABLE} SET in_use_at = now(), updated_at = now()
       WHERE id = ? AND in_use_at IS NULL AND deleted_at IS NULL RETURNING id`,
      [id]
    )
    return rows.length === 1
  }

  /** Every version of the family `id` belongs to, oldest first. */
  @InjectManager()
  async listTemplateFamily(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<AgreementTemplateDTO[]> {
    const { family_id } = await this.retrievePortalAgreementTemplate(
      id,
      { select: ["family_id"] },
      sharedContext
    )
    const versions = await this.listPortalAgreementTemplates(
      { family_id },
      { order: { version: "ASC" } },
      sharedContext
    )
    return versions as AgreementTemplateDTO[]
  }

  /**
   * The latest version of the family `id` belongs to, locked until the
   * transaction ends. Every revision first locks the family's first version,
   * so concurrent revisions queue up and each sees the one before it; the
   * lock on the latest version makes a concurrent `markTemplateInUse` wait.
   */
  private async lockLatestVersion(id: string, sharedContext: Context): Promise<LockedVersion> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [member] = await manager.execute(
      `SELECT family_id FROM ${TABLE} WHERE id = ? AND deleted_at IS NULL`,
      [id]
    )
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `PortalAgreementTemplate with id: ${id} was not found`
      )
    }
    await manager.execute(`SELECT id FROM ${TABLE} WHERE id = ? FOR UPDATE`, [member.family_id])
    const [latest] = await manager.execute<LockedVersion[]>(
      `SELECT id, family_id, name, body, translations, version, in_use_at FROM ${TABLE}
       WHERE family_id = ? AND is_latest = true AND deleted_at IS NULL FOR UPDATE`,
      [member.family_id]
    )
    if (!latest) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Agreement template ${member.family_id} has no current version`
      )
    }
    return { ...latest, version: Number(latest.version) }
  }
}

export default AgreementModuleService
