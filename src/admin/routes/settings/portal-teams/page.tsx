import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { SectionError, SectionLoading } from "../../../components/common/section-state"
import { TeamNameDrawer } from "../../../components/portal-teams/team-name-drawer"
import { TeamsMatrix } from "../../../components/portal-teams/teams-matrix"
import { useCreateTeam, usePermissionCatalogue, usePortalTeams } from "../../../hooks/teams"

/** Settings → Portal teams: what each team's contacts may do in the portal. */
const PortalTeamsPage = () => {
  const teams = usePortalTeams()
  const permissions = usePermissionCatalogue()
  const create = useCreateTeam()
  const [creating, setCreating] = useState(false)

  return (
    <Container className="divide-y p-0">
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Portal teams</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A contact may do what any of their teams allows, on the sides their company has (buyer,
            supplier). A tick saves at once.
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setCreating(true)}>
          <Plus />
          Create team
        </Button>
      </div>
      {teams.isPending || permissions.isPending ? (
        <SectionLoading rows={6} />
      ) : teams.isError || permissions.isError ? (
        <SectionError
          what="The teams"
          error={teams.error ?? permissions.error}
          onRetry={() => Promise.all([teams.refetch(), permissions.refetch()])}
        />
      ) : (
        <TeamsMatrix teams={teams.data} permissions={permissions.data} />
      )}
      <TeamNameDrawer
        open={creating}
        onOpenChange={setCreating}
        title="Create team"
        submitLabel="Create"
        isSaving={create.isPending}
        onSave={(name) => create.mutateAsync({ name, permissions: [] })}
      />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Portal teams" })

export const handle = { breadcrumb: () => "Portal teams" }

export default PortalTeamsPage
