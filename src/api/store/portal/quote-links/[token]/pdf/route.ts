export { downloadQuotePdf as GET } from "../../../buyer-quote-handlers"
