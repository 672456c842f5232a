/** The quote its link opens (docs/ARCHITECTURE.md, "Permission model"). */
export { viewQuote as GET } from "../../buyer-quote-handlers"
