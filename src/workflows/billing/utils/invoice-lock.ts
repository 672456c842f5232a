/** Starting a payment, paying, recording a payment and voiding one invoice queue on this key, so they never interleave. */
export function invoiceLockKey(invoiceId: string): string {
  return `portal-invoice:${invoiceId}`
}
