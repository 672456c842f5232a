import type {
  StoreAcceptPortalInvitationBody,
  StoreAcceptPortalInvitationResponse,
  StorePortalInvitationResponse,
} from "@shared/http/companies"
import { memberSdk } from "../member-api"

// A contact's invitation link (README, "Invitations"): checked on load,
// then accepted with a password; no React Query on the sign-in pages.

export const invitations = {
  /** What `GET /store/portal/invitations/:token` says of the link, before anyone types. */
  retrieve: (token: string) =>
    memberSdk.client.fetch<StorePortalInvitationResponse>(
      `/store/portal/invitations/${encodeURIComponent(token)}`
    ),
  /** Answers a login token, as `POST /auth/customer/emailpass` does. */
  accept: (body: StoreAcceptPortalInvitationBody) =>
    memberSdk.client.fetch<StoreAcceptPortalInvitationResponse>(
      "/store/portal/invitations/accept",
      {
        method: "POST",
        body,
      }
    ),
}
