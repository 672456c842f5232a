import { Label, Select, Text } from "@medusajs/ui"
import { useCustomerCompanies } from "../../../hooks/companies"
import { useRegions } from "../../../hooks/regions"
import { FieldError } from "../../common/field-error"
import { FormField } from "../../common/form-field"
import { CustomerPicker } from "../../pickers/customer-picker"
import { RecordSelect } from "../../pickers/record-select"
import { FormSection, type QuoteSectionProps } from "./form-section"
import { withRegion } from "./quote-form-model"

const NO_COMPANY = "none"

/**
 * The company the quote is for: one of the customer's companies, or none.
 * Until staff choose, it shows what the server takes: the customer's single
 * active company.
 */
const CompanyPicker = ({
  customerId,
  value,
  locked,
  onChange,
}: {
  customerId: string | null
  value: string | null | undefined
  locked: boolean
  onChange: (companyId: string | null) => void
}) => {
  const companies = useCustomerCompanies(customerId)
  if (!customerId) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Choose the customer first: the quote can be for one of their companies.
      </Text>
    )
  }
  if (companies.isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        The customer&apos;s companies could not be loaded; reload the page.
      </Text>
    )
  }
  const active = (companies.data ?? []).filter((company) => company.member?.status === "active")
  const shown = value === undefined ? (active.length === 1 ? active[0].id : null) : value
  return (
    <>
      <Select
        value={shown ?? NO_COMPANY}
        disabled={locked}
        // Radix reports "" while the chosen company's option is not rendered yet: no choice.
        onValueChange={(next) => next && onChange(next === NO_COMPANY ? null : next)}
      >
        <Select.Trigger id="quote-company">
          <Select.Value placeholder={companies.isPending ? "Loading companies…" : undefined} />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={NO_COMPANY}>No company</Select.Item>
          {(companies.data ?? []).map((company) => (
            <Select.Item key={company.id} value={company.id}>
              {company.name}
              {company.member?.status === "disabled" ? " (contact disabled)" : ""}
            </Select.Item>
          ))}
          {shown && companies.data && !companies.data.some((company) => company.id === shown) && (
            <Select.Item value={shown}>The company this quote has</Select.Item>
          )}
        </Select.Content>
      </Select>
      <Text size="small" className="text-ui-fg-subtle">
        {locked
          ? "The company of a quote can only change while it is a draft."
          : companies.data?.length === 0
            ? "This customer is not a contact of any company."
            : "The company's contacts see the quote in the portal."}
      </Text>
    </>
  )
}

/** Who the quote is for and in which region (and so currency); the currency is fixed once saved. */
export const CustomerSection = ({
  draft,
  problems,
  update,
  mode,
  companyLocked,
}: QuoteSectionProps & { mode: "create" | "edit"; companyLocked: boolean }) => {
  const regions = useRegions()
  return (
    <FormSection title="Customer and currency">
      <FormField id="quote-customer" label="Customer" error={problems.customer}>
        <CustomerPicker
          id="quote-customer"
          customer={draft.customer}
          locked={mode === "edit"}
          invalid={!!problems.customer}
          placeholder="Search by name, email or company"
          emptyText="No customer matches. Create the customer under Customers first."
          // Another customer has other addresses: start from their default one.
          onChange={(customer) =>
            update({ customer, shipping_address_id: "", company_id: undefined })
          }
        />
      </FormField>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-company" size="small" weight="plus">
          Company
        </Label>
        <CompanyPicker
          customerId={draft.customer?.id ?? null}
          value={draft.company_id}
          locked={companyLocked}
          onChange={(company_id) => update({ company_id })}
        />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="quote-region" size="small" weight="plus">
          Region
        </Label>
        {mode === "edit" ? (
          <Text size="small" className="text-ui-fg-subtle">
            {regions.data?.find((region) => region.id === draft.region_id)?.name ?? "–"} ·{" "}
            {draft.currency_code.toUpperCase()} (the currency of a quote cannot change)
          </Text>
        ) : (
          <RecordSelect
            id="quote-region"
            value={draft.region_id}
            options={(regions.data ?? []).map((region) => ({
              value: region.id,
              label: `${region.name} (${region.currency_code.toUpperCase()})`,
            }))}
            isPending={regions.isPending}
            loadingText="Loading regions…"
            placeholder="Choose a region"
            invalid={!!problems.region}
            onChange={(regionId) => {
              const region = regions.data?.find((candidate) => candidate.id === regionId)
              if (region) update((current) => withRegion(current, region))
            }}
          />
        )}
        {regions.isError && (
          <Text size="small" className="text-ui-fg-error">
            Regions could not be loaded; reload the page.
          </Text>
        )}
        <FieldError id="quote-region-error" text={problems.region} />
      </div>
    </FormSection>
  )
}
