// Why the portal refused a buyer's or supplier's request, in English: the source every other
// language's refusal.ts translates key for key (src/shared/i18n/catalog.ts). Each area keeps
// its sentences in its own file under refusal/; the error handler answers them in the
// reader's language (docs/ARCHITECTURE.md, "Languages").
import access from "./refusal/access"
import agreement from "./refusal/agreement"
import billing from "./refusal/billing"
import cart from "./refusal/cart"
import conversations from "./refusal/conversations"
import documents from "./refusal/documents"
import features from "./refusal/features"
import account from "./refusal/account"
import input from "./refusal/input"
import procurement from "./refusal/procurement"
import quote from "./refusal/quote"
import status from "./refusal/status"
import work_requests from "./refusal/work-requests"

const refusal = {
  access,
  status,
  quote,
  agreement,
  billing,
  cart,
  account,
  input,
  procurement,
  documents,
  features,
  work_requests,
  conversations,
}

export default refusal
