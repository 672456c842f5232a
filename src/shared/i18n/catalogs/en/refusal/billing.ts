// Refusals: billing.
const billing = {}

export default billing
