import { EllipsisHorizontal, Plus } from "@medusajs/icons"
import {
  Button,
  Checkbox,
  Container,
  DropdownMenu,
  Heading,
  IconButton,
  Label,
  Table,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useState } from "react"
import { teamFitsCompany } from "../../../shared/permissions"
import {
  type Company,
  type CompanyMember,
  useCompanyMembers,
  useInviteMember,
  useRemoveMember,
  useRevokeInvitation,
  useUpdateMember,
} from "../../hooks/companies"
import { type PortalTeam, usePortalTeams } from "../../hooks/teams"
import { errorMessage } from "../../lib/errors"
import { customerName } from "../../lib/format"
import { SectionError, SectionLoading } from "../common/section-state"
import { AddContactDrawer } from "./add-contact-drawer"
import { loginStatus, loginStatusDetail } from "./login-status"
import { LoginStatusBadge } from "./login-status-badge"

type Actions = {
  company: Company
  run: (label: string, action: () => Promise<unknown>) => Promise<void>
}

const contactName = (member: CompanyMember) =>
  member.customer ? customerName(member.customer) : member.customer_id

/** Invite, resend, revoke, disable/enable and remove: what applies to the contact's state. */
const ContactActions = ({ member, company, run }: { member: CompanyMember } & Actions) => {
  const prompt = usePrompt()
  const invite = useInviteMember(company.id)
  const revoke = useRevokeInvitation(company.id)
  const update = useUpdateMember(company.id)
  const remove = useRemoveMember(company.id)
  const status = loginStatus(member)
  const name = contactName(member)
  const canInvite = company.allow_portal && member.status === "active"

  const confirmRemove = async () => {
    const confirmed = await prompt({
      title: `Remove ${name} from ${company.name}?`,
      description:
        "They lose portal access for this company and leave its customer group. Their customer record stays.",
      confirmText: "Remove",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (confirmed) await run(`${name} was removed`, () => remove.mutateAsync(member.id))
  }

  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={`Actions for ${name}`}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {status === "none" && (
          <DropdownMenu.Item
            disabled={!canInvite}
            onClick={() => run(`Invitation sent to ${name}`, () => invite.mutateAsync(member.id))}
          >
            Invite to the portal
          </DropdownMenu.Item>
        )}
        {status === "invited" && (
          <>
            <DropdownMenu.Item
              disabled={!canInvite}
              onClick={() =>
                run(`Invitation sent again to ${name}`, () => invite.mutateAsync(member.id))
              }
            >
              Resend invitation
            </DropdownMenu.Item>
            <DropdownMenu.Item
              onClick={() => run("Invitation revoked", () => revoke.mutateAsync(member.id))}
            >
              Revoke invitation
            </DropdownMenu.Item>
          </>
        )}
        {member.status === "active" ? (
          <DropdownMenu.Item
            onClick={() =>
              run(`${name} was disabled`, () =>
                update.mutateAsync({ memberId: member.id, status: "disabled" })
              )
            }
          >
            Disable portal access
          </DropdownMenu.Item>
        ) : (
          <DropdownMenu.Item
            onClick={() =>
              run(`${name} was enabled`, () =>
                update.mutateAsync({ memberId: member.id, status: "active" })
              )
            }
          >
            Enable portal access
          </DropdownMenu.Item>
        )}
        <DropdownMenu.Separator />
        <DropdownMenu.Item onClick={confirmRemove}>Remove from company</DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}

/**
 * One checkbox per team the company's sides can use (a customer-only company
 * is not offered supplier teams; a team the contact already has stays, to be
 * cleared); a tick grants the team, clearing it revokes it.
 */
const TeamCheckboxes = ({
  member,
  teams,
  run,
  company,
}: { member: CompanyMember; teams: PortalTeam[] } & Actions) => {
  const update = useUpdateMember(company.id)
  const current = member.teams.map((team) => team.id)
  const name = contactName(member)
  const offered = teams.filter(
    (team) => teamFitsCompany(company, team) || current.includes(team.id)
  )
  return (
    <div role="group" aria-label={`Teams of ${name}`} className="flex flex-col gap-y-1">
      {offered.map((team) => {
        const id = `team-${member.id}-${team.id}`
        return (
          <div key={team.id} className="flex items-center gap-x-2">
            <Checkbox
              id={id}
              checked={current.includes(team.id)}
              disabled={update.isPending}
              onCheckedChange={(checked) =>
                run(`Teams of ${name} saved`, () =>
                  update.mutateAsync({
                    memberId: member.id,
                    team_ids:
                      checked === true
                        ? [...current, team.id]
                        : current.filter((existing) => existing !== team.id),
                  })
                )
              }
            />
            <Label htmlFor={id} size="small">
              {team.name}
            </Label>
          </div>
        )
      })}
    </div>
  )
}

/**
 * The company's contacts: each with their portal login (none, invited, active,
 * disabled), their teams as checkboxes and the actions that apply.
 */
export const CompanyContactsSection = ({ company }: { company: Company }) => {
  const members = useCompanyMembers(company.id)
  const teams = usePortalTeams()
  const [adding, setAdding] = useState(false)

  const run = async (label: string, action: () => Promise<unknown>) => {
    try {
      await action()
      toast.success(label)
    } catch (error) {
      toast.error("That did not work", { description: errorMessage(error) })
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Contacts</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {company.allow_portal
              ? "Customers acting for the company, their portal login and teams."
              : "This company has no portal access: its contacts cannot be invited or log in."}
          </Text>
        </div>
        <Button size="small" variant="secondary" onClick={() => setAdding(true)}>
          <Plus />
          Add contact
        </Button>
      </div>
      {members.isPending || teams.isPending ? (
        <SectionLoading />
      ) : members.isError || teams.isError ? (
        <SectionError
          what="The contacts"
          error={members.error ?? teams.error}
          onRetry={() => Promise.all([members.refetch(), teams.refetch()])}
        />
      ) : members.data.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No contacts yet. Add an existing customer or a new one.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Contact</Table.HeaderCell>
              <Table.HeaderCell>Portal login</Table.HeaderCell>
              <Table.HeaderCell>Teams</Table.HeaderCell>
              <Table.HeaderCell>
                <span className="sr-only">Actions</span>
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {members.data.map((member) => {
              const detail = loginStatusDetail(member)
              return (
                <Table.Row
                  key={member.id}
                  className="[&_td]:py-3 [&_td]:align-top"
                  data-testid={`contact-${member.customer?.email ?? member.customer_id}`}
                >
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span className="text-ui-fg-base">{contactName(member)}</span>
                      <span className="text-ui-fg-subtle">{member.customer?.email}</span>
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col items-start gap-y-1">
                      <LoginStatusBadge member={member} />
                      {detail && <span className="text-ui-fg-subtle txt-small">{detail}</span>}
                    </div>
                  </Table.Cell>
                  <Table.Cell>
                    <TeamCheckboxes
                      member={member}
                      teams={teams.data}
                      company={company}
                      run={run}
                    />
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <ContactActions member={member} company={company} run={run} />
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
      <AddContactDrawer companyId={company.id} open={adding} onOpenChange={setAdding} />
    </Container>
  )
}
