import type { SectionProps } from "./section-props"
import { SettingsSection } from "./settings-section"
import { Toggle } from "./toggle"

/**
 * The portal's optional features (docs/ARCHITECTURE.md, "Feature toggles"): off, the portal
 * hides a feature from contacts and its member routes refuse; staff keep their pages.
 */
export function FeaturesSection({ values, onChange }: SectionProps) {
  return (
    <SettingsSection
      title="Features"
      description="What the portal offers besides quotes, orders and the catalog. Turned off, contacts no longer see it; your pages keep working."
    >
      <Toggle
        id="documents_enabled"
        label="Documents"
        hint="Share files with companies in the portal"
        checked={values.documents_enabled}
        onChange={(documents_enabled) => onChange({ documents_enabled })}
      />
      <Toggle
        id="work_requests_enabled"
        label="Work requests"
        hint="Contacts submit jobs and support tickets, follow your replies and get quotes for them"
        checked={values.work_requests_enabled}
        onChange={(work_requests_enabled) => onChange({ work_requests_enabled })}
      />
      <Toggle
        id="conversations_enabled"
        label="Conversations"
        hint="Threads with a company's contacts on any topic, not tied to a quote"
        checked={values.conversations_enabled}
        onChange={(conversations_enabled) => onChange({ conversations_enabled })}
      />
      {values.conversations_enabled && (
        <Toggle
          id="clients_may_start_conversations"
          label="Clients may start conversations"
          hint="Off, contacts only reply to the conversations you start"
          checked={values.clients_may_start_conversations}
          onChange={(clients_may_start_conversations) =>
            onChange({ clients_may_start_conversations })
          }
        />
      )}
    </SettingsSection>
  )
}
