export { listMessages as GET, postMessage as POST } from "../../../buyer-quote-handlers"
