// Refusals: agreement.
const agreement = {}

export default agreement
