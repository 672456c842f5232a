import { Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate, useSearchParams } from "react-router-dom"
import { quotePath, quotesPath } from "../../../components/quotes/paths"
import { QuoteForm } from "../../../components/quotes/quote-form/quote-form"
import {
  createQuoteInput,
  defaultValidUntil,
  newQuoteDraft,
  type QuoteDraft,
} from "../../../components/quotes/quote-form/quote-form-model"
import { useCustomer } from "../../../hooks/customers"
import { usePortalSettings } from "../../../hooks/portal-settings"
import { useCreateQuote } from "../../../hooks/quotes"
import { useRegions } from "../../../hooks/regions"
import { useDefaultSalesChannelId } from "../../../hooks/stores"
import { errorMessage } from "../../../lib/errors"

/** Used when the portal settings cannot be read; the settings page's own default. */
const FALLBACK_VALIDITY_DAYS = 30

const CreateQuotePage = () => {
  const navigate = useNavigate()
  const [searchParams] = useSearchParams()
  const customerId = searchParams.get("customer_id")
  const settings = usePortalSettings()
  const regions = useRegions()
  const preselected = useCustomer(customerId)
  const salesChannel = useDefaultSalesChannelId()
  const create = useCreateQuote()
  const [serverError, setServerError] = useState<string | null>(null)

  const ready = !settings.isPending && !regions.isPending && (!customerId || !preselected.isPending)

  if (!ready) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-64 w-full" />
      </Container>
    )
  }

  const defaults = settings.data?.settings
  const region = regions.data?.length === 1 ? regions.data[0] : undefined
  const initial = newQuoteDraft({
    customer: preselected.data ?? null,
    region_id: region?.id ?? "",
    currency_code: region?.currency_code ?? "",
    valid_until: defaultValidUntil(defaults?.default_validity_days ?? FALLBACK_VALIDITY_DAYS),
    deposit_mode: defaults?.default_deposit_percent ? "percent" : "none",
    deposit_value: defaults?.default_deposit_percent
      ? String(defaults.default_deposit_percent)
      : "",
  })

  const save = async (draft: QuoteDraft) => {
    setServerError(null)
    try {
      const { quote } = await create.mutateAsync(createQuoteInput(draft, salesChannel.data ?? null))
      toast.success(`Created ${quote.number}`, {
        description: "It is a draft: send it from its page when it is ready.",
      })
      navigate(quotePath(quote.id))
    } catch (error) {
      setServerError(errorMessage(error))
      toast.error("The quote was not created", { description: errorMessage(error) })
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading>Create quote</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Saved as a draft; the buyer sees nothing until you send it.
        </Text>
        {settings.isError && (
          <Text size="small" className="text-ui-fg-error">
            The portal settings could not be read, so the default validity and deposit are not
            filled in.
          </Text>
        )}
      </Container>
      <QuoteForm
        mode="create"
        initial={initial}
        submitLabel="Create draft"
        isSubmitting={create.isPending}
        serverError={serverError}
        onSubmit={save}
        onCancel={() => navigate(quotesPath)}
      />
    </div>
  )
}

export const handle = { breadcrumb: () => "Create" }

export default CreateQuotePage
