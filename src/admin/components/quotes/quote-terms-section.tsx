import { Container, Heading, Text } from "@medusajs/ui"
import type { QuoteDetail } from "../../hooks/quotes"

/** The terms the buyer reads and the note only staff see. */
export const QuoteTermsSection = ({ quote }: { quote: QuoteDetail }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Terms and notes</Heading>
    </div>
    <div className="flex flex-col gap-y-1 px-6 py-4">
      <Text size="small" weight="plus">
        Terms
      </Text>
      <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
        {quote.terms || "No terms."}
      </Text>
    </div>
    <div className="flex flex-col gap-y-1 px-6 py-4">
      <Text size="small" weight="plus">
        Internal note
      </Text>
      <Text size="small" className="text-ui-fg-subtle whitespace-pre-wrap">
        {quote.internal_note || "No note. Buyers never see this."}
      </Text>
    </div>
  </Container>
)
