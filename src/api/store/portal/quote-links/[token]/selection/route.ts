export { selectItems as POST } from "../../../buyer-quote-handlers"
