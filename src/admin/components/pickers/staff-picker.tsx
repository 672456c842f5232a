import { Checkbox, Label, Text } from "@medusajs/ui"
import { useStaffUsers } from "../../hooks/users"

/** The admin users a quote can be assigned to, each a checkbox: they get the buyer's alerts. */
export const StaffPicker = ({
  selected,
  onChange,
}: {
  selected: string[]
  onChange: (ids: string[]) => void
}) => {
  const users = useStaffUsers()
  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus" id="quote-staff-label">
        Assigned staff
      </Text>
      <Text size="small" className="text-ui-fg-subtle" id="quote-staff-hint">
        They are emailed when the buyer opens the quote, asks a question, accepts or declines.
      </Text>
      {users.isError ? (
        <Text size="small" className="text-ui-fg-error">
          Staff could not be loaded; reload the page.
        </Text>
      ) : (
        <div
          role="group"
          aria-labelledby="quote-staff-label"
          aria-describedby="quote-staff-hint"
          className="flex flex-col gap-y-2"
        >
          {(users.data ?? []).map((user) => {
            const id = `quote-staff-${user.id}`
            const name = [user.first_name, user.last_name].filter(Boolean).join(" ")
            return (
              <div key={user.id} className="flex items-center gap-x-2">
                <Checkbox
                  id={id}
                  checked={selected.includes(user.id)}
                  onCheckedChange={(checked) =>
                    onChange(
                      checked === true
                        ? [...new Set([...selected, user.id])]
                        : selected.filter((existing) => existing !== user.id)
                    )
                  }
                />
                <Label htmlFor={id} size="small">
                  {name || user.email}
                  {name && <span className="text-ui-fg-subtle"> · {user.email}</span>}
                </Label>
              </div>
            )
          })}
        </div>
      )}
    </div>
  )
}
