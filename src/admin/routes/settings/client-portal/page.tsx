import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { PortalSettingsForm } from "../../../components/portal-settings/portal-settings-form"
import { SettingsSection } from "../../../components/portal-settings/settings-section"
import { usePortalSettings } from "../../../hooks/portal-settings"
import { errorMessage } from "../../../lib/errors"

const ClientPortalSettingsPage = () => {
  const settings = usePortalSettings()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading level="h1">Client Portal</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Branding, quote defaults, the consent sentence buyers sign with, what the portal's catalog
          shows and lets members do, staff groups, and who on your team hears about what buyers and
          suppliers do.
        </Text>
      </Container>
      {settings.isPending && (
        <SettingsSection title="Loading settings…" description="One moment.">
          <div className="bg-ui-bg-component h-24 animate-pulse rounded-md" aria-hidden />
        </SettingsSection>
      )}
      {settings.isError && (
        <SettingsSection
          title="Could not load the settings"
          description={errorMessage(settings.error)}
        >
          <div>
            <Button size="small" variant="secondary" onClick={() => settings.refetch()}>
              Try again
            </Button>
          </div>
        </SettingsSection>
      )}
      {settings.data && (
        // Remount with fresh values when the saved settings change elsewhere.
        <PortalSettingsForm key={settings.data.settings.updated_at} initial={settings.data} />
      )}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Client Portal",
})

export default ClientPortalSettingsPage
