// Refusals: input.
const input = {}

export default input
