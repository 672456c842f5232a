export { signQuote as POST } from "../../../buyer-quote-handlers"
