import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

export type LinkedRecord = {
  id: string
  /** The record's page. */
  to: string
  title: string
  /** A line under the title: amount, dates. */
  detail: string
  status: ReactNode
}

/** A section's short list of records, each a link to its page with a line about it and its status. */
export const LinkedRecords = ({ label, records }: { label: string; records: LinkedRecord[] }) => (
  <ul className="flex flex-col divide-y" aria-label={label}>
    {records.map((record) => (
      <li key={record.id} className="flex items-center justify-between gap-x-3 px-6 py-3">
        <div className="flex flex-col">
          <Link
            to={record.to}
            className="text-ui-fg-base txt-compact-small-plus underline underline-offset-2"
          >
            {record.title}
          </Link>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {record.detail}
          </Text>
        </div>
        {record.status}
      </li>
    ))}
  </ul>
)
