import { Fragment, type ReactNode } from "react"

/**
 * A translated sentence with some of its `{{values}}` shown as elements (a name in bold, a
 * link): `t(key)` called without those values keeps their `{{name}}`, and each is replaced
 * here by its node, so every language orders the sentence its own way.
 */
export function Sentence({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  return (
    <>
      {text
        .split(/\{\{\s*(\w+)\s*\}\}/)
        .map((piece, index) =>
          index % 2 ? <Fragment key={index}>{parts[piece] ?? `{{${piece}}}`}</Fragment> : piece
        )}
    </>
  )
}
