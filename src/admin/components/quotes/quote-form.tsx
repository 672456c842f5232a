import { Plus } from "@medusajs/icons"
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Container,
  Heading,
  Input,
  Label,
  Select,
  Text,
  Textarea,
} from "@medusajs/ui"
import { type FormEvent, type ReactNode, useMemo, useState } from "react"
import { useAgreementTemplates } from "../../hooks/agreement-templates"
import { useCustomerCompanies } from "../../hooks/companies"
import { formatQuoteAddress, toQuoteShippingAddress } from "../../../shared/quote-address"
import { type QuoteCustomer } from "../../hooks/quotes"
import { customerName, formatMoney } from "../../lib/format"
import {
  type DepositMode,
  draftShippingAmount,
  draftTotals,
  emptyLine,
  hasProblems,
  type LineDraft,
  lineFromVariant,
  type QuoteDraft,
  repriceLine,
  validateQuoteDraft,
} from "./quote-form-model"
import { QuoteLineEditor } from "./quote-line-editor"
import { QuoteTotalsSummary } from "./quote-totals-summary"
import { CustomerCombobox } from "../common/customer-combobox"
import type { DraftFormProps } from "../common/draft-form"
import { VariantCombobox } from "../common/variant-combobox"
import { FieldError } from "../common/field-error"
import { type CustomerAddressOption, useCustomerAddresses } from "../../hooks/customers"
import { useRegions } from "../../hooks/regions"
import { useShippingOptions } from "../../hooks/shipping-options"
import { useStaffUsers } from "../../hooks/users"
import { useVariantSearch, type VariantOption } from "../../hooks/variants"

type QuoteFormProps = DraftFormProps<QuoteDraft> & {
  /** The company can change only while the quote is a draft. */
  companyLocked?: boolean
}

const NO_TEMPLATE = "none"
const NO_COMPANY = "none"
const NO_SHIPPING = "none"

const addressText = (address: CustomerAddressOption) =>
  formatQuoteAddress(toQuoteShippingAddress(address)).join(", ")

/** The admin users a quote can be assigned to, each a checkbox: they get the buyer's alerts. */
const StaffPicker = ({
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

const Section = ({
  title,
  description,
  children,
}: {
  title: string
  description?: string
  children: ReactNode
}) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    <div className="flex flex-col gap-y-4 px-6 py-4">{children}</div>
  </Container>
)

const CustomerPicker = ({
  customer,
  locked,
  invalid,
  onChange,
}: {
  customer: QuoteCustomer | null
  locked: boolean
  invalid: boolean
  onChange: (customer: QuoteCustomer | null) => void
}) => {
  if (customer) {
    return (
      <div className="flex items-center justify-between gap-x-2 rounded-lg border px-3 py-2">
        <div className="flex flex-col">
          <Text size="small" weight="plus">
            {customerName(customer)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {[customer.email, customer.company_name].filter(Boolean).join(" · ")}
          </Text>
        </div>
        {!locked && (
          <Button size="small" variant="transparent" type="button" onClick={() => onChange(null)}>
            Change
          </Button>
        )}
      </div>
    )
  }
  return (
    <CustomerCombobox
      id="quote-customer"
      aria-invalid={invalid}
      placeholder="Search by name, email or company"
      emptyText="No customer matches. Create the customer under Customers first."
      onSelect={onChange}
    />
  )
}

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

const VariantPicker = ({
  disabled,
  onPick,
}: {
  disabled: boolean
  onPick: (variant: VariantOption) => void
}) => {
  const [search, setSearch] = useState("")
  const variants = useVariantSearch(disabled ? "" : search)
  if (disabled) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Choose a region first: product prices come in its currency.
      </Text>
    )
  }
  return (
    <VariantCombobox
      id="quote-variant"
      search={search}
      onSearchChange={setSearch}
      variants={variants.data ?? []}
      isFetching={variants.isFetching}
      isError={variants.isError}
      emptyText="No product matches"
      onPick={onPick}
    />
  )
}

/**
 * The quote editor: customer, their company, region (and so currency), lines from the catalog
 * or custom, validity, deposit, tax, terms, note and agreement, with live
 * totals from the shared totals function. It validates before sending; the
 * server's refusal, if any, is shown above the fields.
 */
export const QuoteForm = ({
  initial,
  mode,
  submitLabel,
  isSubmitting,
  serverError,
  onSubmit,
  onCancel,
  companyLocked = false,
}: QuoteFormProps) => {
  const [draft, setDraft] = useState<QuoteDraft>(initial)
  const [submitAttempted, setSubmitAttempted] = useState(false)
  const regions = useRegions()
  const templates = useAgreementTemplates({ limit: 100, offset: 0 })

  const problems = useMemo(() => validateQuoteDraft(draft), [draft])
  const shown = submitAttempted ? problems : { lines: {} }
  const addresses = useCustomerAddresses(draft.customer?.id)
  const shippingOptions = useShippingOptions(draft.currency_code)
  const option = shippingOptions.data?.find((choice) => choice.id === draft.shipping_option_id)
  const shippingAmount = draftShippingAmount(draft, option?.amount ?? null)
  const totals = useMemo(() => draftTotals(draft, shippingAmount), [draft, shippingAmount])
  const defaultAddress = addresses.data?.find((address) => address.is_default_shipping)
  const shownAddressId = draft.shipping_address_id || defaultAddress?.id || ""
  const lineTotals = new Map(totals?.items.map((line) => [line.id, line]))
  const pricing = { currency_code: draft.currency_code, region_id: draft.region_id }

  const update = (changes: Partial<QuoteDraft>) =>
    setDraft((current) => ({ ...current, ...changes }))

  const setLine = (key: string, line: LineDraft) =>
    setDraft((current) => ({
      ...current,
      lines: current.lines.map((existing) => {
        if (existing.key !== key) return existing
        // A catalog-priced line follows its quantity tier until staff type a price.
        return line.quantity !== existing.quantity ? repriceLine(line, pricing) : line
      }),
    }))

  const setRegion = (regionId: string) => {
    const region = regions.data?.find((candidate) => candidate.id === regionId)
    if (!region) return
    const context = { currency_code: region.currency_code, region_id: region.id }
    setDraft((current) => ({
      ...current,
      region_id: region.id,
      currency_code: region.currency_code,
      lines: current.lines.map((line) => repriceLine(line, context)),
    }))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitAttempted(true)
    if (hasProblems(problems)) return
    await onSubmit(draft)
  }

  const problemCount =
    Object.keys(problems).filter((key) => key !== "lines").length +
    Object.keys(problems.lines).length
  const missingPrices = draft.lines.filter((line) => line.variant_id && !line.unit_price).length

  return (
    <form
      className="flex flex-col gap-x-4 gap-y-3 xl:flex-row xl:items-start"
      onSubmit={submit}
      noValidate
    >
      <div className="flex w-full flex-col gap-y-3">
        {serverError && (
          <Alert variant="error" dismissible={false}>
            The server refused the quote: {serverError}
          </Alert>
        )}
        {submitAttempted && hasProblems(problems) && (
          <Alert variant="error">
            {problemCount === 1 ? "One thing needs" : `${problemCount} things need`} fixing before
            the quote can be saved; see the messages below.
          </Alert>
        )}

        <Section title="Customer and currency">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quote-customer" size="small" weight="plus">
              Customer
            </Label>
            <CustomerPicker
              customer={draft.customer}
              locked={mode === "edit"}
              invalid={!!shown.customer}
              // Another customer has other addresses: start from their default one.
              onChange={(customer) =>
                update({ customer, shipping_address_id: "", company_id: undefined })
              }
            />
            <FieldError id="quote-customer-error" text={shown.customer} />
          </div>
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
              <Select value={draft.region_id} onValueChange={setRegion}>
                <Select.Trigger id="quote-region" aria-invalid={!!shown.region}>
                  <Select.Value
                    placeholder={regions.isPending ? "Loading regions…" : "Choose a region"}
                  />
                </Select.Trigger>
                <Select.Content>
                  {(regions.data ?? []).map((region) => (
                    <Select.Item key={region.id} value={region.id}>
                      {region.name} ({region.currency_code.toUpperCase()})
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
            {regions.isError && (
              <Text size="small" className="text-ui-fg-error">
                Regions could not be loaded; reload the page.
              </Text>
            )}
            <FieldError id="quote-region-error" text={shown.region} />
          </div>
        </Section>

        <Section
          title="Items"
          description="Add products from the catalog (title, SKU and price are filled in) or custom lines. Optional items are the buyer's choice."
        >
          <VariantPicker
            disabled={!draft.region_id}
            onPick={(variant) =>
              update({ lines: [...draft.lines, lineFromVariant(variant, pricing)] })
            }
          />
          {missingPrices > 0 && (
            <Alert variant="warning">
              {missingPrices === 1 ? "A product has" : `${missingPrices} products have`} no price in{" "}
              {draft.currency_code.toUpperCase()}: enter the unit price yourself.
            </Alert>
          )}
          {draft.lines.length === 0 ? (
            <Text size="small" className="text-ui-fg-subtle">
              No items yet. A quote needs at least one before it can be sent.
            </Text>
          ) : (
            draft.lines.map((line, index) => (
              <QuoteLineEditor
                key={line.key}
                line={line}
                index={index}
                currencyCode={draft.currency_code}
                totals={lineTotals.get(line.key)}
                problems={shown.lines[line.key]}
                onChange={(next) => setLine(line.key, next)}
                onRemove={() =>
                  update({ lines: draft.lines.filter((existing) => existing.key !== line.key) })
                }
              />
            ))
          )}
          <Button
            size="small"
            variant="secondary"
            type="button"
            className="self-start"
            onClick={() => update({ lines: [...draft.lines, emptyLine()] })}
          >
            <Plus />
            Add custom line
          </Button>
        </Section>

        <Section
          title="Shipping"
          description="Tax is computed by Medusa's Tax Module for the shipping address when the quote is saved; the buyer can pick another of their addresses before accepting."
        >
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quote-shipping-address" size="small" weight="plus">
              Shipping address
            </Label>
            {!draft.customer ? (
              <Text size="small" className="text-ui-fg-subtle">
                Choose the customer first: the quote ships to one of their addresses.
              </Text>
            ) : addresses.isError ? (
              <Text size="small" className="text-ui-fg-error">
                The customer&apos;s addresses could not be loaded; reload the page.
              </Text>
            ) : addresses.data && addresses.data.length === 0 ? (
              <Text size="small" className="text-ui-fg-subtle">
                This customer has no address yet. Add one on the customer&apos;s page: a quote is
                sent with a shipping address.
              </Text>
            ) : (
              <Select
                value={shownAddressId}
                onValueChange={(value) => update({ shipping_address_id: value })}
              >
                <Select.Trigger id="quote-shipping-address">
                  <Select.Value
                    placeholder={addresses.isPending ? "Loading addresses…" : "Choose an address"}
                  />
                </Select.Trigger>
                <Select.Content>
                  {(addresses.data ?? []).map((address) => (
                    <Select.Item key={address.id} value={address.id}>
                      {addressText(address)}
                      {address.is_default_shipping ? " (default)" : ""}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            )}
          </div>
          <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="quote-shipping-option" size="small" weight="plus">
                Shipping method
              </Label>
              <Select
                value={draft.shipping_option_id ?? NO_SHIPPING}
                onValueChange={(value) =>
                  update({
                    shipping_option_id: value === NO_SHIPPING ? null : value,
                    // The new option's price applies until staff type freight again.
                    shipping_amount: "",
                  })
                }
              >
                <Select.Trigger id="quote-shipping-option">
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  <Select.Item value={NO_SHIPPING}>No shipping method</Select.Item>
                  {(shippingOptions.data ?? []).map((choice) => (
                    <Select.Item key={choice.id} value={choice.id}>
                      {choice.name} ·{" "}
                      {choice.amount != null
                        ? formatMoney(choice.amount, draft.currency_code)
                        : "no price in this currency: enter the freight"}
                    </Select.Item>
                  ))}
                  {draft.shipping_option_id && shippingOptions.data && !option && (
                    <Select.Item value={draft.shipping_option_id}>
                      The shipping method this quote has
                    </Select.Item>
                  )}
                </Select.Content>
              </Select>
              <Text size="small" className="text-ui-fg-subtle">
                Flat-rate options only: the price must be known when the buyer accepts.
              </Text>
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="quote-shipping-amount" size="small" weight="plus">
                Freight ({draft.currency_code.toUpperCase() || "amount"})
              </Label>
              <Input
                id="quote-shipping-amount"
                type="number"
                min={0}
                step="any"
                value={draft.shipping_amount}
                placeholder={
                  option?.amount != null ? String(option.amount) : "Leave empty for no freight"
                }
                aria-invalid={!!shown.shipping_amount}
                aria-describedby={
                  shown.shipping_amount
                    ? "quote-shipping-amount-error"
                    : "quote-shipping-amount-hint"
                }
                onChange={(event) => update({ shipping_amount: event.target.value })}
              />
              <Text size="small" className="text-ui-fg-subtle" id="quote-shipping-amount-hint">
                {draft.shipping_option_id
                  ? "Overrides the method's price for this quote; leave empty to charge it."
                  : "Charged as shipping on this quote, without a shipping method."}
              </Text>
              <FieldError id="quote-shipping-amount-error" text={shown.shipping_amount} />
            </div>
          </div>
        </Section>

        <Section title="Terms">
          <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="quote-valid-until" size="small" weight="plus">
                Valid until
              </Label>
              <Input
                id="quote-valid-until"
                type="date"
                value={draft.valid_until}
                aria-invalid={!!shown.valid_until}
                aria-describedby={shown.valid_until ? "quote-valid-until-error" : undefined}
                onChange={(event) => update({ valid_until: event.target.value })}
              />
              <FieldError id="quote-valid-until-error" text={shown.valid_until} />
            </div>
            <div className="flex flex-col gap-y-1">
              <Label htmlFor="quote-deposit-mode" size="small" weight="plus">
                Deposit
              </Label>
              <div className="flex gap-x-2">
                <Select
                  value={draft.deposit_mode}
                  onValueChange={(value) =>
                    update({ deposit_mode: value as DepositMode, deposit_value: "" })
                  }
                >
                  <Select.Trigger id="quote-deposit-mode" className="w-32 shrink-0">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value="none">None</Select.Item>
                    <Select.Item value="percent">Percent</Select.Item>
                    <Select.Item value="amount">Amount</Select.Item>
                  </Select.Content>
                </Select>
                {draft.deposit_mode !== "none" && (
                  <Input
                    id="quote-deposit-value"
                    type="number"
                    min={0}
                    step="any"
                    value={draft.deposit_value}
                    aria-invalid={!!shown.deposit}
                    aria-describedby={shown.deposit ? "quote-deposit-error" : undefined}
                    onChange={(event) => update({ deposit_value: event.target.value })}
                  />
                )}
              </div>
              {draft.deposit_mode !== "none" && (
                <Label htmlFor="quote-deposit-value" size="xsmall" className="text-ui-fg-subtle">
                  {draft.deposit_mode === "percent"
                    ? "Deposit percent (% of the total)"
                    : `Deposit amount (${draft.currency_code.toUpperCase()})`}
                </Label>
              )}
              <FieldError id="quote-deposit-error" text={shown.deposit} />
            </div>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quote-agreement" size="small" weight="plus">
              Agreement
            </Label>
            <Select
              value={draft.agreement_template_id ?? NO_TEMPLATE}
              onValueChange={(value) =>
                update({ agreement_template_id: value === NO_TEMPLATE ? null : value })
              }
            >
              <Select.Trigger id="quote-agreement">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NO_TEMPLATE}>No agreement: the buyer accepts</Select.Item>
                {(templates.data?.agreement_templates ?? []).map((template) => (
                  <Select.Item key={template.id} value={template.id}>
                    {template.name} (version {template.version})
                  </Select.Item>
                ))}
                {draft.agreement_template_id &&
                  templates.data &&
                  !templates.data.agreement_templates.some(
                    (template) => template.id === draft.agreement_template_id
                  ) && (
                    <Select.Item value={draft.agreement_template_id}>
                      The agreement version this quote has
                    </Select.Item>
                  )}
              </Select.Content>
            </Select>
            <Text size="small" className="text-ui-fg-subtle">
              With an agreement, the buyer accepts by signing it.
            </Text>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quote-terms" size="small" weight="plus">
              Terms the buyer reads
            </Label>
            <Textarea
              id="quote-terms"
              rows={3}
              value={draft.terms}
              onChange={(event) => update({ terms: event.target.value })}
            />
          </div>
          <StaffPicker
            selected={draft.assigned_user_ids}
            onChange={(assigned_user_ids) => update({ assigned_user_ids })}
          />
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="quote-note" size="small" weight="plus">
              Internal note <Badge size="2xsmall">Staff only</Badge>
            </Label>
            <Textarea
              id="quote-note"
              rows={2}
              value={draft.internal_note}
              onChange={(event) => update({ internal_note: event.target.value })}
            />
          </div>
        </Section>
      </div>

      <div className="flex w-full flex-col gap-y-3 xl:sticky xl:top-4 xl:max-w-[360px]">
        <Container className="flex flex-col gap-y-4 px-6 py-4">
          <Heading level="h2">Totals</Heading>
          {totals ? (
            <QuoteTotalsSummary
              totals={totals}
              taxValue="For the address, on save"
              showShipping={shippingAmount != null}
              shippingName={option?.name}
              depositPercent={
                draft.deposit_mode === "percent" && draft.deposit_value
                  ? Number(draft.deposit_value)
                  : null
              }
            />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              Choose a region to see totals in its currency.
            </Text>
          )}
          <Text size="xsmall" className="text-ui-fg-subtle">
            Optional items count when pre-selected; the buyer can change that.
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Tax comes from Medusa&apos;s Tax Module for the shipping address, per line, when you
            save; the quote&apos;s page then shows it line by line.
          </Text>
          <div className="flex justify-end gap-x-2">
            <Button size="small" variant="secondary" type="button" onClick={onCancel}>
              Cancel
            </Button>
            <Button size="small" type="submit" isLoading={isSubmitting}>
              {submitLabel}
            </Button>
          </div>
        </Container>
      </div>
    </form>
  )
}
