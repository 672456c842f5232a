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
import {
  PortalAccessEvent,
  PortalCompany,
  PortalContactPreferences,
  PortalInvitation,
  PortalMember,
  PortalMemberTeam,
  PortalTeam,
} from "./models"
import { refusal } from "../../lib/refusal"
import { invitationStatus } from "./invitations"
import {
  DEFAULT_TEAMS,
  isPermission,
  PERMISSION_KEYS,
  type Permission,
} from "../../shared/permissions"

export type PortalTeamDTO = Omit<InferTypeOf<typeof PortalTeam>, "permissions" | "members"> & {
  permissions: Permission[]
}
export type PortalCompanyDTO = Omit<InferTypeOf<typeof PortalCompany>, "members">
export type PortalInvitationDTO = Omit<InferTypeOf<typeof PortalInvitation>, "member"> & {
  member_id: string
}
export type PortalContactPreferencesDTO = InferTypeOf<typeof PortalContactPreferences>
export type PortalMemberDTO = Omit<
  InferTypeOf<typeof PortalMember>,
  "company" | "teams" | "invitations"
> & { company_id: string }

/**
 * The permissions as the catalogue lists them, without repeats; an unknown
 * name is refused (400), naming it (docs/ARCHITECTURE.md, "Permission model").
 */
export function normalizePermissions(permissions: readonly string[]): Permission[] {
  const unknown = permissions.filter((permission) => !isPermission(permission))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown permissions: ${unknown.join(", ")}. Known: ${PERMISSION_KEYS.join(", ")}`
    )
  }
  return PERMISSION_KEYS.filter((permission) => permissions.includes(permission))
}

/** DML types json columns as objects; a team's permissions are a JSON array. */
const asJson = (permissions: Permission[]) => permissions as unknown as Record<string, unknown>

/**
 * Who may act for which company (docs/ARCHITECTURE.md, "Accounts"): companies,
 * their members, teams and invitations, the access audit trail, and each
 * contact's own preferences. The tables kept the names they had in the portal
 * module (docs/ARCHITECTURE.md, "Modules and links").
 */
// Keys name the generated methods (listPortalCompanies, updatePortalMembers, ...)
// and must match the model names that Query resolves ("portal_company").
class AccountsModuleService extends MedusaService({
  PortalCompany,
  PortalMember,
  PortalTeam,
  PortalMemberTeam,
  PortalInvitation,
  PortalAccessEvent,
  PortalContactPreferences,
}) {
  /**
   * Makes sure the two default teams exist (src/shared/permissions.ts), with
   * one `INSERT … ON CONFLICT (handle) DO NOTHING` per team, so concurrent
   * callers create each exactly once and a merchant's edits to a default
   * team's permissions are never overwritten. Called before any read or
   * write of teams, as `getSettings` creates the settings row.
   */
  @InjectTransactionManager()
  async ensureDefaultTeams(@MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    for (const team of DEFAULT_TEAMS) {
      await manager.execute(
        `INSERT INTO portal_team (id, name, handle, permissions, is_default)
         VALUES (?, ?, ?, ?::jsonb, true)
         ON CONFLICT (handle) WHERE deleted_at IS NULL DO NOTHING`,
        [
          generateEntityId(undefined, "pteam"),
          team.name,
          team.handle,
          JSON.stringify(team.permissions),
        ]
      )
    }
  }

  /** Creates a team after checking its permissions against the catalogue. */
  @InjectTransactionManager()
  async createTeam(
    data: { name: string; handle: string; permissions: readonly string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PortalTeamDTO> {
    const permissions = normalizePermissions(data.permissions)
    return (await this.createPortalTeams(
      { name: data.name, handle: data.handle, permissions: asJson(permissions), is_default: false },
      sharedContext
    )) as unknown as PortalTeamDTO
  }

  /**
   * Changes a team's name and/or permissions (checked against the catalogue).
   * The handle never changes; a default team keeps its name too (409).
   */
  @InjectTransactionManager()
  async updateTeam(
    id: string,
    changes: { name?: string; permissions?: readonly string[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PortalTeamDTO> {
    const team = (await this.retrievePortalTeam(id, {}, sharedContext)) as unknown as PortalTeamDTO
    if (team.is_default && changes.name !== undefined && changes.name !== team.name) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `"${team.name}" is a default team and cannot be renamed`
      )
    }
    const update: Record<string, unknown> = { id }
    if (changes.name !== undefined) update.name = changes.name
    if (changes.permissions !== undefined) {
      update.permissions = asJson(normalizePermissions(changes.permissions))
    }
    return (await this.updatePortalTeams(update, sharedContext)) as unknown as PortalTeamDTO
  }

  /**
   * The live invitation stored under `tokenHash`, or the one neutral 404 for
   * an unknown, accepted, revoked or expired one (docs/ARCHITECTURE.md,
   * "Security rules"). Callers hash the token; it never reaches this module.
   */
  @InjectManager()
  async retrieveLiveInvitation(
    filter: { token_hash: string } | { id: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PortalInvitationDTO> {
    const [invitation] = await this.listPortalInvitations(filter, { take: 1 }, sharedContext)
    if (!invitation || invitationStatus(invitation) !== "invited") {
      throw refusal(MedusaError.Types.NOT_FOUND, "account.invalid_invitation")
    }
    return invitation as unknown as PortalInvitationDTO
  }

  /**
   * Marks a live invitation accepted in one conditional `UPDATE`, so of
   * concurrent accepts exactly one gets it; the others get the neutral 404.
   */
  @InjectTransactionManager()
  async claimInvitation(id: string, @MedusaContext() sharedContext: Context = {}): Promise<Date> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows = await manager.execute(
      `UPDATE portal_invitation SET accepted_at = now(), updated_at = now()
       WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         AND deleted_at IS NULL
       RETURNING accepted_at`,
      [id]
    )
    if (!rows.length) {
      throw refusal(MedusaError.Types.NOT_FOUND, "account.invalid_invitation")
    }
    return rows[0].accepted_at as Date
  }

  /**
   * The contact's preferences row, created with the defaults when they have
   * none: `INSERT … ON CONFLICT DO NOTHING` on the unique customer id, so
   * concurrent first changes create exactly one row.
   */
  @InjectTransactionManager()
  async ensureContactPreferences(
    customerId: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<PortalContactPreferencesDTO> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(
      `INSERT INTO portal_contact_preferences (id, customer_id) VALUES (?, ?)
       ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO NOTHING`,
      [generateEntityId(undefined, "pcpref"), customerId]
    )
    const [row] = await this.listPortalContactPreferences(
      { customer_id: customerId },
      { take: 1 },
      sharedContext
    )
    return row as PortalContactPreferencesDTO
  }
}

export default AccountsModuleService
