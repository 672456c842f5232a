import { Text } from "@medusajs/ui"

/** A form control's problem, under it; `id` is what the control's aria-describedby names. */
export const FieldError = ({
  id,
  text,
  size = "small",
}: {
  id: string
  text?: string
  size?: "xsmall" | "small"
}) =>
  text ? (
    <Text id={id} size={size} className="text-ui-fg-error">
      {text}
    </Text>
  ) : null
