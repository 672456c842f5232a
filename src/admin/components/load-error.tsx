import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { errorMessage, isNotFound } from "../lib/errors"

/**
 * A record page whose record could not be loaded: "not found" with the way back,
 * or the server's message with Try again.
 */
export function LoadError(props: {
  error: unknown
  /** "quote", "template": what the page shows. */
  thing: string
  notFoundHeading: string
  back: { to: string; label: string }
  onRetry: () => void
}) {
  const notFound = isNotFound(props.error)
  return (
    <Container className="flex flex-col items-start gap-y-3 px-6 py-4">
      <Heading>{notFound ? props.notFoundHeading : "Something went wrong"}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {notFound
          ? "It may have been deleted."
          : `The ${props.thing} could not be loaded: ${errorMessage(props.error)}`}
      </Text>
      <div className="flex gap-x-2">
        {!notFound && (
          <Button size="small" variant="secondary" onClick={props.onRetry}>
            Try again
          </Button>
        )}
        <Button size="small" variant="secondary" asChild>
          <Link to={props.back.to}>{props.back.label}</Link>
        </Button>
      </div>
    </Container>
  )
}
