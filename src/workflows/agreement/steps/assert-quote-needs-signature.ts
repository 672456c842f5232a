import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { refusal } from "../../../lib/refusal"
import { requiresSignature } from "../../../modules/quote/status"

/** Only a quote with an agreement is signed; the others are simply accepted. */
export const assertQuoteNeedsSignatureStep = createStep(
  "portal-assert-quote-needs-signature",
  async ({ quote }: { quote: { agreement_template_id?: string | null } }) => {
    if (!requiresSignature(quote)) {
      throw refusal(MedusaError.Types.INVALID_DATA, "agreement.nothing_to_sign")
    }
  }
)
