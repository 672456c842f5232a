import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sha256Hex } from "../../../modules/agreement/hashing"
import { parseSignatureDataUrl } from "../../../modules/agreement/signature"

/** Checks the drawn signature; returns its PNG as base64 and its hash. */
export const validateSignatureStep = createStep(
  "portal-validate-signature",
  async ({ data_url }: { data_url: string }) => {
    const png = parseSignatureDataUrl(data_url)
    return new StepResponse({ base64: png.toString("base64"), sha256: sha256Hex(png) })
  }
)
