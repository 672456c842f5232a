import {
  EllipsisHorizontal,
  PaperPlane,
  PencilSquare,
  SquareTwoStack,
  XCircle,
} from "@medusajs/icons"
import { Button, DropdownMenu, IconButton, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import {
  type IssuedLink,
  type QuoteDetail,
  useCancelQuote,
  useDuplicateQuote,
  useRevokeQuoteLink,
  useSendQuote,
  useTakeUpQuote,
} from "../../hooks/quotes"
import { errorMessage } from "../../lib/errors"
import { customerName, formatDate, formatDateTime, formatMoney } from "../../lib/format"
import { PaidOutstandingFact } from "../billing/order-payment-facts"
import { Fact, Facts, RecordHeader, TextLink } from "../common/record-header"
import { IssuedLinkDialog } from "./issued-link-dialog"
import { editQuotePath, quotePath } from "./paths"
import { QuoteStatusBadge } from "./quote-status-badge"

/** A link the buyer can still open: not revoked and not past its expiry. */
const hasLiveLink = (quote: QuoteDetail) =>
  quote.links.some((link) => !link.revoked_at && new Date(link.expires_at).getTime() > Date.now())

/** Number, status, customer, totals, and what staff can do with the quote now. */
export const QuoteHeader = ({ quote }: { quote: QuoteDetail }) => {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const send = useSendQuote(quote.id)
  const revoke = useRevokeQuoteLink(quote.id)
  const cancel = useCancelQuote(quote.id)
  const duplicate = useDuplicateQuote(quote.id)
  const takeUp = useTakeUpQuote(quote.id)
  const [issuedLink, setIssuedLink] = useState<IssuedLink | null>(null)
  const liveLink = hasLiveLink(quote)
  const resend = quote.status !== "draft"

  const onSend = async () => {
    if (resend) {
      const confirmed = await prompt({
        title: `Re-issue the link for ${quote.number}?`,
        description:
          "The buyer gets a new link by email, and every earlier link stops working immediately.",
        confirmText: "Re-issue link",
        cancelText: "Keep the current link",
      })
      if (!confirmed) return
    }
    try {
      const { link } = await send.mutateAsync()
      setIssuedLink(link)
    } catch (error) {
      toast.error(`${quote.number} was not sent`, { description: errorMessage(error) })
    }
  }

  const onRevoke = async () => {
    const confirmed = await prompt({
      title: `Revoke the link for ${quote.number}?`,
      description:
        "The buyer's link stops working at once. The quote stays as it is; re-issue a link to share it again.",
      confirmText: "Revoke link",
      cancelText: "Keep it",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await revoke.mutateAsync()
      toast.success("The link was revoked")
    } catch (error) {
      toast.error("The link was not revoked", { description: errorMessage(error) })
    }
  }

  const onCancel = async () => {
    const confirmed = await prompt({
      title: `Cancel ${quote.number}?`,
      description:
        "The buyer can no longer accept it and its link stops working. This cannot be undone; you can duplicate it later.",
      confirmText: "Cancel quote",
      cancelText: "Keep the quote",
      variant: "danger",
    })
    if (!confirmed) return
    try {
      await cancel.mutateAsync()
      toast.success(`${quote.number} was cancelled`)
    } catch (error) {
      toast.error(`${quote.number} was not cancelled`, { description: errorMessage(error) })
    }
  }

  const onTakeUp = async () => {
    try {
      await takeUp.mutateAsync()
      toast.success(`${quote.number} is a draft now: price it and send it`)
    } catch (error) {
      toast.error(`${quote.number} was not taken up`, { description: errorMessage(error) })
    }
  }

  const onDuplicate = async () => {
    try {
      const { quote: copy } = await duplicate.mutateAsync()
      toast.success(`Created ${copy.number} from ${quote.number}`)
      navigate(quotePath(copy.id))
    } catch (error) {
      toast.error(`${quote.number} was not duplicated`, { description: errorMessage(error) })
    }
  }

  const { actions } = quote
  const company = quote.customer?.company_name
  return (
    <RecordHeader
      heading={quote.number}
      status={<QuoteStatusBadge status={quote.status} />}
      subtitle={
        <>
          {customerName(quote.customer, quote.customer_email)}
          {company ? ` · ${company}` : ""} ·{" "}
          <TextLink to={`/customers/${quote.customer_id}`}>{quote.customer_email}</TextLink>
        </>
      }
      actions={
        <>
          {actions.take_up && (
            <Button size="small" isLoading={takeUp.isPending} onClick={onTakeUp}>
              <PencilSquare />
              Take up
            </Button>
          )}
          {actions.edit && (
            <Button size="small" variant="secondary" asChild>
              <Link to={editQuotePath(quote.id)}>
                <PencilSquare />
                Edit
              </Link>
            </Button>
          )}
          {actions.duplicate && (
            <Button
              size="small"
              variant="secondary"
              isLoading={duplicate.isPending}
              onClick={onDuplicate}
            >
              <SquareTwoStack />
              Duplicate
            </Button>
          )}
          {actions.send && (
            <Button size="small" isLoading={send.isPending} onClick={onSend}>
              <PaperPlane />
              {resend ? "Re-issue link" : "Send quote"}
            </Button>
          )}
          {(liveLink || actions.cancel) && (
            <DropdownMenu>
              <DropdownMenu.Trigger asChild>
                <IconButton size="small" aria-label={`More actions for ${quote.number}`}>
                  <EllipsisHorizontal />
                </IconButton>
              </DropdownMenu.Trigger>
              <DropdownMenu.Content align="end">
                {liveLink && (
                  <DropdownMenu.Item className="gap-x-2" onClick={onRevoke}>
                    <XCircle className="text-ui-fg-subtle" />
                    Revoke link
                  </DropdownMenu.Item>
                )}
                {liveLink && actions.cancel && <DropdownMenu.Separator />}
                {actions.cancel && (
                  <DropdownMenu.Item className="gap-x-2" onClick={onCancel}>
                    <XCircle className="text-ui-fg-subtle" />
                    Cancel quote
                  </DropdownMenu.Item>
                )}
              </DropdownMenu.Content>
            </DropdownMenu>
          )}
        </>
      }
    >
      <Facts>
        <Fact label="Total" value={formatMoney(quote.totals.total, quote.currency_code)} />
        {quote.order ? (
          <PaidOutstandingFact orderId={quote.order.id} />
        ) : (
          <Fact
            label="Deposit due"
            value={
              quote.totals.deposit_due
                ? formatMoney(quote.totals.deposit_due, quote.currency_code)
                : "None"
            }
          />
        )}
        <Fact label="Valid until" value={formatDate(quote.valid_until)} />
        <Fact
          label={quote.last_viewed_at ? "Last viewed" : "Sent"}
          value={formatDateTime(quote.last_viewed_at ?? quote.sent_at)}
        />
      </Facts>
      {quote.status === "declined" && quote.decline_reason && (
        <Text size="small" className="text-ui-fg-subtle">
          Declined {formatDateTime(quote.declined_at)}: “{quote.decline_reason}”
        </Text>
      )}
      {!liveLink && (quote.status === "sent" || quote.status === "viewed") && (
        <Text size="small" className="text-ui-fg-subtle">
          The buyer has no working link: re-issue the link to share the quote again.
        </Text>
      )}
      <IssuedLinkDialog
        quoteNumber={quote.number}
        validUntil={quote.valid_until}
        link={issuedLink}
        onClose={() => setIssuedLink(null)}
      />
    </RecordHeader>
  )
}
