export { viewQuote as GET } from "../../buyer-quote-handlers"
