import { EllipsisHorizontal, LockClosedSolid, PencilSquare, Trash } from "@medusajs/icons"
import {
  Checkbox,
  DropdownMenu,
  IconButton,
  Table,
  Text,
  toast,
  Tooltip,
  usePrompt,
} from "@medusajs/ui"
import { Fragment, useState } from "react"
import { PERMISSION_KEYS, type Permission } from "../../../shared/permissions"
import {
  type PermissionInfo,
  type PortalTeam,
  useDeleteTeam,
  useUpdateTeam,
} from "../../hooks/teams"
import { errorMessage } from "../../lib/errors"
import { TeamNameDrawer } from "./team-name-drawer"

const SIDES = [
  { side: "customer", label: "Buyer side" },
  { side: "supplier", label: "Supplier side" },
] as const

/** Rename and delete, for a team that is not one of the two defaults. */
const TeamActions = ({ team }: { team: PortalTeam }) => {
  const prompt = usePrompt()
  const update = useUpdateTeam()
  const remove = useDeleteTeam()
  const [renaming, setRenaming] = useState(false)

  const confirmDelete = async () => {
    const confirmed = await prompt({
      title: `Delete the team ${team.name}?`,
      description: "A team that still has contacts cannot be deleted: take them out first.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await remove.mutateAsync(team.id)
      toast.success(`Deleted team ${team.name}`)
    } catch (error) {
      toast.error(`${team.name} was not deleted`, { description: errorMessage(error) })
    }
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton size="2xsmall" variant="transparent" aria-label={`Actions for ${team.name}`}>
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end">
          <DropdownMenu.Item className="gap-x-2" onClick={() => setRenaming(true)}>
            <PencilSquare className="text-ui-fg-subtle" />
            Rename
          </DropdownMenu.Item>
          <DropdownMenu.Item className="gap-x-2" onClick={confirmDelete}>
            <Trash className="text-ui-fg-subtle" />
            Delete
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      <TeamNameDrawer
        open={renaming}
        onOpenChange={setRenaming}
        title={`Rename ${team.name}`}
        initialName={team.name}
        submitLabel="Save"
        isSaving={update.isPending}
        onSave={(name) => update.mutateAsync({ id: team.id, name })}
      />
    </>
  )
}

/**
 * Teams across, permissions down, a checkbox where they meet: a tick saves at
 * once. The default teams are marked protected (no rename or delete), their
 * permissions stay editable.
 */
export const TeamsMatrix = ({
  teams,
  permissions,
}: {
  teams: PortalTeam[]
  permissions: PermissionInfo[]
}) => {
  const update = useUpdateTeam()

  const toggle = async (team: PortalTeam, permission: PermissionInfo, granted: boolean) => {
    const next = new Set<Permission>(team.permissions)
    if (granted) next.add(permission.key)
    else next.delete(permission.key)
    try {
      await update.mutateAsync({
        id: team.id,
        permissions: PERMISSION_KEYS.filter((key) => next.has(key)),
      })
      toast.success(`${team.name}: ${granted ? "granted" : "withdrew"} ${permission.key}`)
    } catch (error) {
      toast.error(`${team.name} was not saved`, { description: errorMessage(error) })
    }
  }

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Permission</Table.HeaderCell>
            {teams.map((team) => (
              <Table.HeaderCell key={team.id} className="min-w-[140px] text-center">
                <div className="flex items-center justify-center gap-x-1">
                  <span>{team.name}</span>
                  {team.is_default ? (
                    <Tooltip content="A default team: it cannot be renamed or deleted">
                      <LockClosedSolid
                        className="text-ui-fg-muted"
                        aria-label="Protected default team"
                        role="img"
                      />
                    </Tooltip>
                  ) : (
                    <TeamActions team={team} />
                  )}
                </div>
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {SIDES.map(({ side, label }) => (
            <Fragment key={side}>
              <Table.Row className="bg-ui-bg-subtle">
                <Table.Cell>
                  <Text size="small" weight="plus">
                    {label}
                  </Text>
                </Table.Cell>
                {teams.map((team) => (
                  <Table.Cell key={team.id} />
                ))}
              </Table.Row>
              {permissions
                .filter((permission) => permission.side === side)
                .map((permission) => (
                  <Table.Row key={permission.key}>
                    <Table.Cell className="py-2">
                      <div className="flex flex-col">
                        <span className="text-ui-fg-base">{permission.description}</span>
                        <code className="text-ui-fg-muted txt-compact-xsmall">
                          {permission.key}
                        </code>
                      </div>
                    </Table.Cell>
                    {teams.map((team) => (
                      <Table.Cell key={team.id} className="text-center">
                        <div className="flex justify-center">
                          <Checkbox
                            aria-label={`${team.name}: ${permission.description}`}
                            checked={team.permissions.includes(permission.key)}
                            disabled={update.isPending}
                            onCheckedChange={(checked) =>
                              toggle(team, permission, checked === true)
                            }
                          />
                        </div>
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
            </Fragment>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
