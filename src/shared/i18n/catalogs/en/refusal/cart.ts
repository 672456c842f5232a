// Refusals: cart.
const cart = {}

export default cart
