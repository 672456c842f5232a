import { Alert } from "@medusajs/ui"
import { type FormEvent, useMemo, useState } from "react"
import { useShippingOptions } from "../../../hooks/shipping-options"
import type { DraftFormProps } from "../../common/draft-form"
import { CustomerSection } from "./customer-section"
import type { QuoteDraftUpdate } from "./form-section"
import { ItemsSection } from "./items-section"
import {
  draftShippingAmount,
  draftTotals,
  hasProblems,
  type QuoteDraft,
  validateQuoteDraft,
} from "./quote-form-model"
import { ShippingSection } from "./shipping-section"
import { TermsSection } from "./terms-section"
import { TotalsCard } from "./totals-card"

type QuoteFormProps = DraftFormProps<QuoteDraft> & {
  /** The company can change only while the quote is a draft. */
  companyLocked?: boolean
}

/**
 * The quote editor: customer, their company, region (and so currency), lines from the catalog
 * or custom, shipping, validity, deposit, terms, note and agreement, with live totals from the
 * shared totals function. It validates before sending; the server's refusal, if any, is shown
 * above the fields.
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

  const problems = useMemo(() => validateQuoteDraft(draft), [draft])
  const shown = submitAttempted ? problems : { lines: {} }
  const shippingOptions = useShippingOptions(draft.currency_code)
  const option = shippingOptions.data?.find((choice) => choice.id === draft.shipping_option_id)
  const shippingAmount = draftShippingAmount(draft, option?.amount ?? null)
  const totals = useMemo(() => draftTotals(draft, shippingAmount), [draft, shippingAmount])
  const lineTotals = new Map(totals?.items.map((line) => [line.id, line]))

  const update: QuoteDraftUpdate = (change) =>
    setDraft((current) =>
      typeof change === "function" ? change(current) : { ...current, ...change }
    )
  const section = { draft, problems: shown, update }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSubmitAttempted(true)
    if (hasProblems(problems)) return
    await onSubmit(draft)
  }

  const problemCount =
    Object.keys(problems).filter((key) => key !== "lines").length +
    Object.keys(problems.lines).length

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
        <CustomerSection {...section} mode={mode} companyLocked={companyLocked} />
        <ItemsSection {...section} lineTotals={lineTotals} />
        <ShippingSection {...section} shippingOptions={shippingOptions.data} option={option} />
        <TermsSection {...section} />
      </div>

      <div className="flex w-full flex-col gap-y-3 xl:sticky xl:top-4 xl:max-w-[360px]">
        <TotalsCard
          draft={draft}
          totals={totals}
          shippingAmount={shippingAmount}
          shippingName={option?.name}
          submitLabel={submitLabel}
          isSubmitting={isSubmitting}
          onCancel={onCancel}
        />
      </div>
    </form>
  )
}
