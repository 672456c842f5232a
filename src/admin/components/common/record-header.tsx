import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

/** A record page's header card: heading and status, a line about it, its actions, then `children`. */
export const RecordHeader = ({
  heading,
  status,
  subtitle,
  actions,
  children,
}: {
  heading: string
  /** The status badge, beside the heading. */
  status: ReactNode
  subtitle: ReactNode
  actions: ReactNode
  /** Below: the facts, notices, drawers and dialogs. */
  children: ReactNode
}) => (
  <Container className="flex flex-col gap-y-4 px-6 py-4">
    <div className="flex flex-col justify-between gap-3 md:flex-row md:items-start">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Heading>{heading}</Heading>
          {status}
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {subtitle}
        </Text>
      </div>
      <div className="flex flex-wrap items-center gap-2">{actions}</div>
    </div>
    {children}
  </Container>
)

/** The header's row of facts: two columns, four on wider screens. */
export const Facts = ({ children }: { children: ReactNode }) => (
  <div className="grid grid-cols-2 gap-4 md:grid-cols-4">{children}</div>
)

/** One fact in a header: a small label over its value. */
export const Fact = ({ label, value }: { label: string; value: string }) => (
  <div className="flex flex-col">
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" weight="plus">
      {value}
    </Text>
  </div>
)

/** A link inside a line of text, underlined. */
export const TextLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Link className="text-ui-fg-base underline underline-offset-2" to={to}>
    {children}
  </Link>
)
