import { clx, Container, Heading, Text } from "@medusajs/ui"
import { formatDateTime } from "../../lib/format"

export type TimelineEntry = {
  id: string
  /** What happened, in words a merchant reads at a glance. */
  title: string
  detail?: string
  /** "Staff", "Buyer", "Supplier". */
  actor: string
  created_at: string
}

/** A record's timeline card: its entries as given (newest first), or that nothing happened yet. */
export const Timeline = ({
  entries,
  label,
  preserveLineBreaks = false,
}: {
  entries: TimelineEntry[]
  /** The list's accessible name: "Quote timeline". */
  label: string
  /** Details keep their line breaks (messages and notes people typed). */
  preserveLineBreaks?: boolean
}) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Timeline</Heading>
    </div>
    {entries.length === 0 ? (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        Nothing has happened yet.
      </Text>
    ) : (
      <ol className="flex flex-col gap-y-4 px-6 py-4" aria-label={label}>
        {entries.map((entry) => (
          <li key={entry.id} className="flex gap-x-3">
            <span
              aria-hidden
              className="bg-ui-tag-neutral-icon mt-1.5 size-2 shrink-0 rounded-full"
            />
            <div className="flex flex-col">
              <Text size="small" weight="plus">
                {entry.title}
              </Text>
              {entry.detail && (
                <Text
                  size="small"
                  className={clx("text-ui-fg-subtle", preserveLineBreaks && "whitespace-pre-wrap")}
                >
                  {entry.detail}
                </Text>
              )}
              <Text size="xsmall" className="text-ui-fg-muted">
                {entry.actor} ·{" "}
                <time dateTime={entry.created_at}>{formatDateTime(entry.created_at)}</time>
              </Text>
            </div>
          </li>
        ))}
      </ol>
    )}
  </Container>
)
