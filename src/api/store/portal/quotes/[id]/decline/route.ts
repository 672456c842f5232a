export { declineQuote as POST } from "../../../buyer-quote-handlers"
