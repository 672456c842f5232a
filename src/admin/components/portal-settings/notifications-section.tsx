import { Label, Text } from "@medusajs/ui"
import type { NotificationRecipients, StaffAlertKey } from "../../../shared/portal-settings"
import { useAdminUsers } from "../../hooks/portal-settings"
import { RecipientsPicker } from "./recipients-picker"
import { SettingsSection } from "./settings-section"

const ALERTS: Record<StaffAlertKey, { label: string; description: string }> = {
  quote_viewed: {
    label: "Quote viewed",
    description: "The buyer opens a quote link (at most once a day).",
  },
  quote_message: { label: "New question", description: "The buyer asks a question on a quote." },
  quote_accepted: { label: "Quote accepted", description: "The buyer accepts or signs a quote." },
  quote_declined: { label: "Quote declined", description: "The buyer declines a quote." },
}

type NotificationsSectionProps = {
  value: NotificationRecipients
  onChange: (value: NotificationRecipients) => void
}

export function NotificationsSection({ value, onChange }: NotificationsSectionProps) {
  const users = useAdminUsers()

  return (
    <SettingsSection
      title="Staff notifications"
      description="Each alert is emailed to the admin users assigned to the quote, and to the users you add here."
    >
      {users.isPending && <Text size="small">Loading admin users…</Text>}
      {users.isError && (
        <Text size="small" className="text-ui-fg-error">
          Could not load the admin users: {users.error.message}
        </Text>
      )}
      {users.data &&
        (Object.keys(ALERTS) as StaffAlertKey[]).map((key) => (
          <div key={key} className="grid grid-cols-1 gap-2 md:grid-cols-2">
            <div>
              <Label htmlFor={`recipients-${key}`} size="small" weight="plus">
                {ALERTS[key].label}
              </Label>
              <Text size="small" className="text-ui-fg-subtle">
                {ALERTS[key].description}
              </Text>
            </div>
            <RecipientsPicker
              id={`recipients-${key}`}
              label={`Who else is told: ${ALERTS[key].label}`}
              users={users.data}
              selected={value[key]}
              onChange={(ids) => onChange({ ...value, [key]: ids })}
            />
          </div>
        ))}
    </SettingsSection>
  )
}
