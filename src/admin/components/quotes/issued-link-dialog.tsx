import { Alert, Button, Copy, Input, Label, Prompt, Text } from "@medusajs/ui"
import type { IssuedLink } from "../../hooks/quotes"
import { formatDateTime } from "./format"

type IssuedLinkDialogProps = {
  quoteNumber: string
  link: IssuedLink | null
  onClose: () => void
}

/**
 * The buyer's link, shown once right after sending: only its hash is stored,
 * so neither this page nor the API can show it again.
 */
export const IssuedLinkDialog = ({ quoteNumber, link, onClose }: IssuedLinkDialogProps) => (
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
            <Text size="xsmall" className="text-ui-fg-subtle">
              Works until {formatDateTime(link.expires_at)}, or until you revoke or re-issue it.
            </Text>
          </div>
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
