import { Fragment, type ReactNode } from "react"

// A sentence some of whose values are elements (a bold amount, an address, an order link):
// translated whole with a marker in each such value's place, then the markers swapped for
// the elements, so every language keeps one sentence and may put the values where it needs.

const MARK = "\uE000"

/** What `t` is given for a value that `withElements` replaces with an element. */
export const slot = (name: string) => `${MARK}${name}${MARK}`

/** `t("key", { amount: slot("amount") })` with each slot replaced by its element. */
export function withElements(sentence: string, elements: Record<string, ReactNode>): ReactNode {
  return sentence
    .split(new RegExp(`${MARK}(\\w+)${MARK}`))
    .map((part, index) => (index % 2 ? <Fragment key={index}>{elements[part]}</Fragment> : part))
}
