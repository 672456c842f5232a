import { Container, Heading, Text } from "@medusajs/ui"
import { type AccessEvent, useCompanyEvents, useCompanyMembers } from "../../hooks/companies"
import { usePortalTeams } from "../../hooks/teams"
import { useStaffUsers } from "../../hooks/users"
import { customerName, formatDateTime } from "../../lib/format"
import { SectionError, SectionLoading } from "../common/section-state"

const EVENT_LABELS: Record<string, string> = {
  company_created: "Company created",
  company_updated: "Company changed",
  portal_allowed: "Portal access allowed",
  portal_withdrawn: "Portal access withdrawn",
  member_added: "Contact added",
  member_disabled: "Contact disabled",
  member_enabled: "Contact enabled",
  member_removed: "Contact removed",
  team_granted: "Team granted",
  team_revoked: "Team revoked",
  invitation_sent: "Invitation sent",
  invitation_resent: "Invitation sent again",
  invitation_revoked: "Invitation revoked",
  invitation_accepted: "Invitation accepted",
}

/** The company's access trail, newest first: who granted, revoked or disabled what, and when. */
export const CompanyEventsSection = ({ companyId }: { companyId: string }) => {
  const events = useCompanyEvents(companyId)
  const members = useCompanyMembers(companyId)
  const teams = usePortalTeams()
  const staff = useStaffUsers()

  const subject = (event: AccessEvent) => {
    const member = members.data?.find((candidate) => candidate.id === event.member_id)
    const teamId = typeof event.data?.team_id === "string" ? event.data.team_id : null
    const team = teamId ? teams.data?.find((candidate) => candidate.id === teamId) : null
    return [member?.customer ? customerName(member.customer) : null, team?.name]
      .filter(Boolean)
      .join(" · ")
  }

  const actor = (event: AccessEvent) => {
    if (event.actor_type === "system") return "System"
    if (event.actor_type === "customer") return "The contact"
    const user = staff.data?.find((candidate) => candidate.id === event.actor_id)
    return user
      ? [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email
      : "Staff"
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Access history</Heading>
      </div>
      {events.isPending ? (
        <SectionLoading rows={3} />
      ) : events.isError ? (
        <SectionError what="The history" error={events.error} onRetry={events.refetch} />
      ) : (
        <ol className="flex flex-col gap-y-3 px-6 py-4" aria-label="Access history">
          {events.data.events.map((event) => (
            <li key={event.id} className="flex flex-col">
              <Text size="small" weight="plus">
                {EVENT_LABELS[event.type] ?? event.type}
                {subject(event) && (
                  <span className="text-ui-fg-subtle font-normal"> · {subject(event)}</span>
                )}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {actor(event)} · {formatDateTime(event.created_at)}
              </Text>
            </li>
          ))}
          {events.data.count > events.data.events.length && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              The latest {events.data.events.length} of {events.data.count} shown.
            </Text>
          )}
        </ol>
      )}
    </Container>
  )
}
