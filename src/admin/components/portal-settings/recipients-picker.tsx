import { ChevronDown } from "@medusajs/icons"
import { Badge, Button, DropdownMenu, Text } from "@medusajs/ui"

export type AdminUserOption = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
}

export const userName = (user: AdminUserOption) =>
  [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email

type RecipientsPickerProps = {
  id: string
  label: string
  users: AdminUserOption[]
  selected: string[]
  onChange: (ids: string[]) => void
  /** What the button says with nothing chosen, and the line under it. */
  addText?: string
  emptyText?: string
}

/** Picks any number of admin users (or staff groups); the chosen ones are listed under the button. */
export function RecipientsPicker({
  id,
  label,
  users,
  selected,
  onChange,
  addText = "Add users",
  emptyText = "Only the users assigned to the quote.",
}: RecipientsPickerProps) {
  const toggle = (userId: string, checked: boolean) =>
    onChange(checked ? [...selected, userId] : selected.filter((other) => other !== userId))
  const chosen = users.filter((user) => selected.includes(user.id))

  return (
    <div className="flex flex-col gap-y-2">
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <Button id={id} type="button" variant="secondary" size="small" aria-label={label}>
            {selected.length ? `${selected.length} selected` : addText}
            <ChevronDown />
          </Button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="start" className="max-h-72 overflow-y-auto">
          {users.map((user) => (
            <DropdownMenu.CheckboxItem
              key={user.id}
              checked={selected.includes(user.id)}
              onCheckedChange={(checked) => toggle(user.id, checked)}
              // Keep the menu open to tick several users in a row.
              onSelect={(event) => event.preventDefault()}
            >
              <span className="flex flex-col">
                <span>{userName(user)}</span>
                {userName(user) !== user.email && (
                  <span className="text-ui-fg-subtle text-xs">{user.email}</span>
                )}
              </span>
            </DropdownMenu.CheckboxItem>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu>
      {chosen.length > 0 ? (
        <div className="flex flex-wrap gap-1">
          {chosen.map((user) => (
            <Badge key={user.id} size="2xsmall">
              {userName(user)}
            </Badge>
          ))}
        </div>
      ) : (
        <Text size="xsmall" className="text-ui-fg-muted">
          {emptyText}
        </Text>
      )}
    </div>
  )
}
