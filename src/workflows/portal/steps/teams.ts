import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PortalTeamDTO } from "../../../modules/accounts/service"
import { DEFAULT_TEAMS, teamFitsCompany } from "../../../shared/permissions"
import { accountsService } from "./portal-service"

/** The default teams exist from here on (created once, concurrently safe). */
export const ensureDefaultTeamsStep = createStep(
  "portal-ensure-default-teams",
  async (_: void, { container }) => {
    await accountsService(container).ensureDefaultTeams()
  }
)

/**
 * The teams named (400 for an unknown id, or for a team that grants nothing
 * on the company's sides, such as a supplier team for a customer-only
 * company). Without `team_ids`, the default
 * teams of the company's sides: buyers get Customer Portal Users, suppliers
 * Customer Portal Supplier Users.
 */
export const resolveTeamsStep = createStep(
  "portal-resolve-teams",
  async (
    input: { team_ids?: string[]; company?: { is_customer: boolean; is_supplier: boolean } },
    { container }
  ) => {
    const accounts = accountsService(container)
    await accounts.ensureDefaultTeams()
    if (input.team_ids === undefined) {
      const handles = [
        ...(input.company?.is_customer ? [DEFAULT_TEAMS[0].handle] : []),
        ...(input.company?.is_supplier ? [DEFAULT_TEAMS[1].handle] : []),
      ]
      if (!handles.length) return new StepResponse([] as PortalTeamDTO[])
      const teams = await accounts.listPortalTeams({ handle: handles })
      return new StepResponse(teams as unknown as PortalTeamDTO[])
    }
    const ids = [...new Set(input.team_ids)]
    if (!ids.length) return new StepResponse([] as PortalTeamDTO[])
    const teams = (await accounts.listPortalTeams({ id: ids })) as unknown as PortalTeamDTO[]
    const unknown = ids.filter((id) => !teams.some((team) => team.id === id))
    if (unknown.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown teams: ${unknown.join(", ")}`)
    }
    const company = input.company
    const unfit = company ? teams.filter((team) => !teamFitsCompany(company, team)) : []
    if (company && unfit.length) {
      const side = company.is_customer ? "customer" : "supplier"
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${unfit.map((team) => `"${team.name}"`).join(", ")} grants nothing a ${side} company's contacts can use`
      )
    }
    return new StepResponse(teams)
  }
)

export type TeamChange = { granted: string[]; revoked: string[] }

/**
 * Puts the member in exactly these teams, returning the teams granted and
 * revoked (for the audit trail); compensation undoes both.
 */
export const setMemberTeamsStep = createStep(
  "portal-set-member-teams",
  async (input: { member_id: string; team_ids?: string[] }, { container }) => {
    type Undo = { created: string[]; revoked: string[] } | null
    if (input.team_ids === undefined) {
      return new StepResponse<TeamChange, Undo>({ granted: [], revoked: [] }, null)
    }
    const accounts = accountsService(container)
    const current = await accounts.listPortalMemberTeams({ member_id: input.member_id })
    const wanted = new Set(input.team_ids)
    const revokedLinks = current.filter((link) => !wanted.has(link.team_id))
    const granted = [...wanted].filter((id) => !current.some((link) => link.team_id === id))
    if (revokedLinks.length) {
      await accounts.softDeletePortalMemberTeams(revokedLinks.map((link) => link.id))
    }
    const created = granted.length
      ? await accounts.createPortalMemberTeams(
          granted.map((team_id) => ({ member_id: input.member_id, team_id }))
        )
      : []
    return new StepResponse<TeamChange, Undo>(
      { granted, revoked: revokedLinks.map((link) => link.team_id) },
      { created: created.map((link) => link.id), revoked: revokedLinks.map((link) => link.id) }
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const accounts = accountsService(container)
    if (undo.created.length) await accounts.deletePortalMemberTeams(undo.created)
    if (undo.revoked.length) await accounts.restorePortalMemberTeams(undo.revoked)
  }
)

/** The team, or 404. */
export const loadTeamStep = createStep("portal-load-team", async (id: string, { container }) => {
  const team = await accountsService(container).retrievePortalTeam(id)
  return new StepResponse(team as unknown as PortalTeamDTO)
})

/** Creates a team (permissions checked against the catalogue, 409 for a taken handle). */
export const createTeamStep = createStep(
  "portal-create-team",
  async (input: { name: string; handle: string; permissions: string[] }, { container }) => {
    const accounts = accountsService(container)
    const [taken] = await accounts.listPortalTeams({ handle: input.handle }, { take: 1 })
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `A team with the handle "${input.handle}" already exists`
      )
    }
    const team = await accounts.createTeam(input)
    return new StepResponse(team, team.id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountsService(container).deletePortalTeams(id)
  }
)

/** Changes a team's name and/or permissions; compensation puts the old values back. */
export const updateTeamStep = createStep(
  "portal-update-team",
  async (input: { id: string; name?: string; permissions?: string[] }, { container }) => {
    const accounts = accountsService(container)
    const before = (await accounts.retrievePortalTeam(input.id)) as unknown as PortalTeamDTO
    const { id, ...changes } = input
    const team = await accounts.updateTeam(id, changes)
    return new StepResponse(
      { before, after: team },
      { id, name: before.name, permissions: before.permissions }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    await accountsService(container).updatePortalTeams({
      ...previous,
      permissions: previous.permissions as unknown as Record<string, unknown>,
    })
  }
)

/** Refuses (409) to delete a default team or a team that still has members. */
export const assertTeamDeletableStep = createStep(
  "portal-assert-team-deletable",
  async (team: PortalTeamDTO, { container }) => {
    if (team.is_default) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `"${team.name}" is a default team and cannot be deleted`
      )
    }
    const [link] = await accountsService(container).listPortalMemberTeams(
      { team_id: team.id },
      { take: 1 }
    )
    if (link) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `"${team.name}" still has members; take them out of it first`
      )
    }
  }
)

/** Soft-deletes the team; compensation restores it. */
export const softDeleteTeamStep = createStep(
  "portal-soft-delete-team",
  async (id: string, { container }) => {
    await accountsService(container).softDeletePortalTeams(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await accountsService(container).restorePortalTeams(id)
  }
)
