export { acceptQuote as POST } from "../../../buyer-quote-handlers"
