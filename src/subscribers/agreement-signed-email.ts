import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AGREEMENT_EVENTS } from "../workflows/agreement/utils/events"
import { sendSignedAgreementEmailWorkflow } from "../workflows/agreement/workflows/send-signed-agreement-email"

export default async function agreementSignedEmail({
  event,
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendSignedAgreementEmailWorkflow(container).run({
    input: { signed_agreement_id: event.data.id },
  })
}

export const config: SubscriberConfig = { event: AGREEMENT_EVENTS.SIGNED }
