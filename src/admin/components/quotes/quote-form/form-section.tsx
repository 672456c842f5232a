import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { DraftProblems, QuoteDraft } from "./quote-form-model"

/** Changes to the draft: fields to set, or a step of the model (withRegion, withLine). */
export type QuoteDraftUpdate = (
  change: Partial<QuoteDraft> | ((draft: QuoteDraft) => QuoteDraft)
) => void

/** What every section of the quote form gets: the draft, the problems shown, and a way to change it. */
export type QuoteSectionProps = {
  draft: QuoteDraft
  problems: DraftProblems
  update: QuoteDraftUpdate
}

/** One card of the quote form. */
export const FormSection = ({
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
