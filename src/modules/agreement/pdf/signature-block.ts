import type { ReactElement } from "react"
import { embeddableImage } from "../../../lib/pdf/branding"
import { printable } from "../../../lib/pdf/fonts"
import { formatLocalTime, formatUtc } from "../../../lib/pdf/format"
import { h } from "../../../lib/pdf/h"
import type { PdfContext } from "../../../lib/pdf/layout"
import type { SignatureRecord } from "../document"

export function signatureBlock(ctx: PdfContext, signature: SignatureRecord): ReactElement {
  const { View, Text, Image } = ctx.pdf
  const { styles } = ctx
  const image = embeddableImage(signature.image)
  if (!image || image.format !== "png") {
    // The sign route only accepts PNG; anything else here is a bug upstream.
    throw new Error("The signature image must be PNG bytes")
  }
  return h(
    View,
    { style: styles.signature, wrap: false },
    h(Text, { style: styles.label }, ctx.t("quote.signed_by")),
    h(Image, { src: image, style: styles.signatureImage }),
    h(
      View,
      { style: styles.signatureLine },
      h(Text, { style: styles.strong }, signature.signer_name),
      h(Text, null, signature.signer_email),
      h(
        Text,
        null,
        ctx.t("quote.signed_at", {
          time: printable(formatLocalTime(signature.signed_at, ctx.dates)),
        })
      ),
      h(Text, { style: styles.muted }, formatUtc(signature.signed_at))
    )
  )
}
