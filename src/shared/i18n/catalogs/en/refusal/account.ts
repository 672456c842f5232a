// Refusals: account.
const account = {}

export default account
