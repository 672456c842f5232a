import { createElement } from "react"
import type { ComponentType, ReactElement, ReactNode } from "react"

/**
 * `React.createElement` with a short name: the PDF layouts are plain .ts (no
 * JSX), so the server build needs no JSX setup. Strings passed as children are
 * rendered literally by react-pdf's <Text>: buyer input is never interpreted.
 */
export function h<P extends object>(
  type: ComponentType<P>,
  props: P | null,
  ...children: ReactNode[]
): ReactElement {
  return createElement(type, props, ...children)
}
