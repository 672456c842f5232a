import { Alert, Button, Copy, Input, Label, Prompt, Text } from "@medusajs/ui"
import { LINK_GRACE_DAYS } from "../../../shared/quote-links"
import type { IssuedLink } from "../../hooks/quotes"
import { formatDateTime } from "../../lib/format"

type IssuedLinkDialogProps = {
  quoteNumber: string
  /** The quote's validity: the last moment the buyer can accept. */
  validUntil: string | null
  link: IssuedLink | null
  onClose: () => void
}

/**
 * The buyer's link, shown once right after sending: only its hash is stored,
 * so neither this page nor the API can show it again.
 */
export const IssuedLinkDialog = ({
  quoteNumber,
  validUntil,
  link,
  onClose,
}: IssuedLinkDialogProps) => (
  <Prompt variant="confirmation" open={!!link} onOpenChange={(open) => !open && onClose()}>
    <Prompt.Content className="max-w-[560px]">
      <Prompt.Header>
        <Prompt.Title>{quoteNumber} was sent</Prompt.Title>
        <Prompt.Description>
          The buyer has been emailed this link. Copy it now if you want to share it another way.
        </Prompt.Description>
      </Prompt.Header>
      {link && (
        <div className="flex flex-col gap-y-3 px-6 pb-2 pt-4">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="issued-quote-link" size="small">
              Quote link
            </Label>
            <div className="flex items-center gap-x-2">
              <div className="min-w-0 flex-1">
                <Input
                  id="issued-quote-link"
                  readOnly
                  value={link.url}
                  onFocus={(event) => event.target.select()}
                  className="font-mono"
                />
              </div>
              <Copy content={link.url} asChild>
                <Button size="small" variant="secondary" type="button">
                  Copy
                </Button>
              </Copy>
            </div>
          </div>
          <dl className="flex flex-col gap-y-2">
            <div className="flex flex-col">
              <Text size="small" weight="plus" asChild>
                <dt>The quote is valid until</dt>
              </Text>
              <Text size="small" className="text-ui-fg-subtle" asChild>
                <dd data-testid="send-valid-until">
                  {validUntil
                    ? `${formatDateTime(validUntil)}: the buyer can accept or sign until then.`
                    : "No end date: the buyer can accept it until you cancel it."}
                </dd>
              </Text>
            </div>
            <div className="flex flex-col">
              <Text size="small" weight="plus" asChild>
                <dt>The link stays readable until</dt>
              </Text>
              <Text size="small" className="text-ui-fg-subtle" asChild>
                <dd data-testid="send-link-readable-until">
                  {formatDateTime(link.expires_at)}
                  {validUntil ? `, ${LINK_GRACE_DAYS} days after the quote's validity` : ""}, so the
                  buyer can still open the quote read-only once it has expired, been accepted or
                  declined. Revoke or re-issue the link to end it sooner.
                </dd>
              </Text>
            </div>
          </dl>
          <Alert variant="warning">
            This link will not be shown again. To give the buyer a new one later, re-issue the link:
            the old one then stops working.
          </Alert>
        </div>
      )}
      <Prompt.Footer>
        <Prompt.Action onClick={onClose}>Done</Prompt.Action>
      </Prompt.Footer>
    </Prompt.Content>
  </Prompt>
)
