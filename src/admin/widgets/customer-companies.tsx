import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { LoginStatusBadge } from "../components/companies/login-status-badge"
import { companiesPath, companyPath } from "../components/companies/paths"
import { useCustomerCompanies } from "../hooks/companies"
import { SectionError, SectionLoading } from "../components/common/section-state"

/** The companies the customer is a contact of, with their portal login and teams in each. */
const CustomerCompaniesWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { data, isPending, isError, error, refetch } = useCustomerCompanies(customer.id)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Portal companies</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Where this customer acts for a company, and their portal access there.
        </Text>
      </div>
      {isPending ? (
        <SectionLoading rows={1} />
      ) : isError ? (
        <SectionError what="The companies" error={error} onRetry={refetch} />
      ) : data.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Not a contact of any company. Add them from a company&apos;s page under{" "}
          <Link to={companiesPath} className="text-ui-fg-interactive">
            Companies
          </Link>
          .
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Company</Table.HeaderCell>
              <Table.HeaderCell>Portal login</Table.HeaderCell>
              <Table.HeaderCell>Teams</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.map((company) => (
              <Table.Row key={company.id}>
                <Table.Cell>
                  <Link to={companyPath(company.id)} className="text-ui-fg-interactive">
                    {company.name}
                  </Link>
                  {!company.allow_portal && (
                    <span className="text-ui-fg-subtle"> · no portal access</span>
                  )}
                </Table.Cell>
                <Table.Cell>
                  {company.member && <LoginStatusBadge member={company.member} />}
                </Table.Cell>
                <Table.Cell>
                  {company.member?.teams.map((team) => team.name).join(", ") || "–"}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerCompaniesWidget
