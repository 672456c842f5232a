import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { requiresSignature } from "../../../modules/quote/status"

/** Only a quote with an agreement is signed; the others are simply accepted. */
export const assertQuoteNeedsSignatureStep = createStep(
  "portal-assert-quote-needs-signature",
  async ({ quote }: { quote: { agreement_template_id?: string | null } }) => {
    if (!requiresSignature(quote)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This quote has no agreement to sign; accept it instead"
      )
    }
  }
)
