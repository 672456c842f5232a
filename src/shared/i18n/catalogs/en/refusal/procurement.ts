// Refusals: procurement.
const procurement = {}

export default procurement
