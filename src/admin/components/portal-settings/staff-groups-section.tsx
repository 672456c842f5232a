import { Button, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { MAX_STAFF_GROUP_NAME_LENGTH } from "../../../shared/portal-settings"
import {
  type StaffGroup,
  useDeleteStaffGroup,
  useSaveStaffGroup,
  useStaffGroups,
} from "../../hooks/staff-groups"
import { useStaffUsers } from "../../hooks/users"
import { errorMessage } from "../../lib/errors"
import { type AdminUserOption, RecipientsPicker } from "./recipients-picker"
import { SettingsSection } from "./settings-section"

/** One group's name and users, saved on their own (not with the settings form). */
function GroupRow({ group, users }: { group?: StaffGroup; users: AdminUserOption[] }) {
  const [name, setName] = useState(group?.name ?? "")
  const [userIds, setUserIds] = useState<string[]>(group?.user_ids ?? [])
  const save = useSaveStaffGroup()
  const remove = useDeleteStaffGroup()
  const id = group?.id ?? "new"
  const dirty = !group || name !== group.name || userIds.join() !== group.user_ids.join()

  const onSave = () =>
    save.mutate(
      { id: group?.id, name: name.trim(), user_ids: userIds },
      {
        onSuccess: () => {
          toast.success(group ? "Staff group saved" : "Staff group created")
          if (!group) {
            setName("")
            setUserIds([])
          }
        },
        onError: (error) => toast.error("Not saved", { description: errorMessage(error) }),
      }
    )
  const onDelete = () =>
    group &&
    remove.mutate(group.id, {
      onSuccess: () => toast.success("Staff group deleted"),
      onError: (error) => toast.error("Not deleted", { description: errorMessage(error) }),
    })

  return (
    <div className="grid grid-cols-1 items-start gap-2 md:grid-cols-[1fr_1fr_auto]">
      <Input
        aria-label={group ? `Name of ${group.name}` : "Name of a new staff group"}
        size="small"
        placeholder="New group, e.g. Sales desk"
        maxLength={MAX_STAFF_GROUP_NAME_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <RecipientsPicker
        id={`staff-group-${id}`}
        label={group ? `Users of ${group.name}` : "Users of the new staff group"}
        users={users}
        selected={userIds}
        onChange={setUserIds}
        emptyText="Nobody yet."
      />
      <div className="flex gap-x-2">
        <Button
          type="button"
          size="small"
          variant="secondary"
          disabled={!dirty || !name.trim()}
          isLoading={save.isPending}
          onClick={onSave}
        >
          {group ? "Save group" : "Create group"}
        </Button>
        {group && (
          <Button
            type="button"
            size="small"
            variant="danger"
            isLoading={remove.isPending}
            onClick={onDelete}
          >
            Delete group
          </Button>
        )}
      </div>
    </div>
  )
}

/** Staff groups: named lists of admin users that alerts can go to as one. */
export function StaffGroupsSection() {
  const users = useStaffUsers()
  const groups = useStaffGroups()
  return (
    <SettingsSection
      title="Staff groups"
      description="Name a group of admin users once, then choose it for any alert below. A group an alert still goes to cannot be deleted."
    >
      {(users.isPending || groups.isPending) && <Text size="small">Loading staff groups…</Text>}
      {groups.isError && (
        <Text size="small" className="text-ui-fg-error">
          Could not load the staff groups: {errorMessage(groups.error)}
        </Text>
      )}
      {users.data && groups.data && (
        <>
          {groups.data.map((group) => (
            <GroupRow key={`${group.id}-${group.updated_at}`} group={group} users={users.data} />
          ))}
          <GroupRow users={users.data} />
        </>
      )}
    </SettingsSection>
  )
}
