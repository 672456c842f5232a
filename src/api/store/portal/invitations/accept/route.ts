import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { generateJwtTokenWithChecks } from "@medusajs/medusa/api/auth/utils/generate-jwt-token"
import { acceptInvitation } from "../../../../../workflows/portal"
import { clientAddress } from "../../../../utils/client-address"
import { tooManyRequests } from "../../../../utils/errors"
import { refundLinkLookup, reserveLinkLookup } from "../../../../utils/link-rate-limit"
import { withHttpErrors } from "../../../../utils/run-workflow"
import type {
  StoreAcceptPortalInvitationBody,
  StoreAcceptPortalInvitationResponse,
} from "../../../../../shared/http"

/** Failures that keep their unit of the address's budget: a guessed token or password. */
const GUESSES: string[] = [MedusaError.Types.NOT_FOUND, MedusaError.Types.UNAUTHORIZED]

/**
 * Accepts an invitation with its token and a password and answers a token as Medusa's
 * `/auth/customer/emailpass` does. Every bad invitation gives one 404 and counts against the
 * address's budget, so tokens cannot be probed (docs/ARCHITECTURE.md, "Security rules").
 */
export const POST = async (
  req: MedusaRequest<StoreAcceptPortalInvitationBody>,
  res: MedusaResponse<StoreAcceptPortalInvitationResponse>
) => {
  res.setHeader("Referrer-Policy", "no-referrer")
  res.setHeader("Cache-Control", "no-store")
  const address = clientAddress(req)
  if (!(await reserveLinkLookup(req.scope, address, "invitation"))) {
    throw tooManyRequests("access.too_many_invitations")
  }
  let accepted
  try {
    accepted = await withHttpErrors(() => acceptInvitation(req.scope, req.validatedBody))
  } catch (error) {
    if (!GUESSES.includes((error as MedusaError).type)) {
      await refundLinkLookup(req.scope, address, "invitation")
    }
    throw error
  }
  await refundLinkLookup(req.scope, address, "invitation")
  const authIdentity = await req.scope
    .resolve(Modules.AUTH)
    .retrieveAuthIdentity(accepted.auth_identity_id, { relations: ["provider_identities"] })
  res.json(
    await generateJwtTokenWithChecks(req.scope, {
      authIdentity,
      mfaChallenge: accepted.mfa_challenge,
      actorType: "customer",
      authProvider: "emailpass",
    })
  )
}
