import { Input, Label, Text } from "@medusajs/ui"
import {
  DEFAULT_ALERT_TEMPLATES,
  type NotificationRecipients,
  type StaffAlertKey,
  type StaffAlertTarget,
} from "../../../shared/portal-settings"
import { useStaffGroups } from "../../hooks/staff-groups"
import { useStaffUsers } from "../../hooks/users"
import { RecipientsPicker } from "./recipients-picker"
import { SettingsSection } from "./settings-section"

const ALERTS: Record<StaffAlertKey, { label: string; description: string }> = {
  quote_viewed: {
    label: "Quote viewed",
    description: "The buyer opens a quote, by its link or in the portal (at most once a day).",
  },
  quote_message: { label: "New question", description: "The buyer asks a question on a quote." },
  quote_accepted: { label: "Quote accepted", description: "The buyer accepts or signs a quote." },
  quote_declined: { label: "Quote declined", description: "The buyer declines a quote." },
  quote_requested: {
    label: "Quote requested",
    description: "A member asks for a quote from the portal.",
  },
  order_placed: { label: "Order placed", description: "A member places an order in the portal." },
  po_acknowledged: {
    label: "Purchase order acknowledged",
    description: "A supplier acknowledges a purchase order with the dates it promises.",
  },
  bill_submitted: {
    label: "Supplier bill submitted",
    description: "A supplier submits a bill against a purchase order.",
  },
  documents_uploaded: {
    label: "Documents uploaded",
    description: "A company's contact says they are done uploading the documents you asked for.",
  },
  work_request_submitted: {
    label: "Work request submitted",
    description: "A company's contact submits a work request or support ticket.",
  },
  conversation_message: {
    label: "Conversation message",
    description:
      "A contact starts a conversation or writes in one (the staff who take part hear too).",
  },
  work_request_reply: {
    label: "Work request reply",
    description: "A contact replies in a work request's thread (its assignee hears too).",
  },
}

type NotificationsSectionProps = {
  value: NotificationRecipients
  error?: string
  onChange: (value: NotificationRecipients) => void
}

export function NotificationsSection({ value, error, onChange }: NotificationsSectionProps) {
  const users = useStaffUsers()
  const groups = useStaffGroups()
  const set = (key: StaffAlertKey, changes: Partial<StaffAlertTarget>) =>
    onChange({ ...value, [key]: { ...value[key], ...changes } })

  return (
    <SettingsSection
      title="Staff notifications"
      description="Each alert is emailed to the users and staff groups you add here (a quote's alerts also to the admin users assigned to the quote), with the email template you name (empty: the default)."
    >
      {users.isPending && <Text size="small">Loading admin users…</Text>}
      {users.isError && (
        <Text size="small" className="text-ui-fg-error">
          Could not load the admin users: {users.error.message}
        </Text>
      )}
      {error && (
        <Text size="small" className="text-ui-fg-error">
          {error}
        </Text>
      )}
      {users.data &&
        (Object.keys(ALERTS) as StaffAlertKey[]).map((key) => (
          <div key={key} className="grid grid-cols-1 gap-2 md:grid-cols-4">
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
              selected={value[key].user_ids}
              onChange={(user_ids) => set(key, { user_ids })}
            />
            <RecipientsPicker
              id={`groups-${key}`}
              label={`Staff groups told: ${ALERTS[key].label}`}
              users={(groups.data ?? []).map((group) => ({ id: group.id, email: group.name }))}
              selected={value[key].staff_group_ids}
              onChange={(staff_group_ids) => set(key, { staff_group_ids })}
              addText="Add staff groups"
              emptyText="No staff group."
            />
            <Input
              aria-label={`Email template: ${ALERTS[key].label}`}
              size="small"
              placeholder={DEFAULT_ALERT_TEMPLATES[key]}
              value={value[key].template ?? ""}
              onChange={(event) => set(key, { template: event.target.value })}
            />
          </div>
        ))}
    </SettingsSection>
  )
}
