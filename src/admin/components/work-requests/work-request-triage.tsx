import { Container, Heading, Label, Text, toast } from "@medusajs/ui"
import { useStaffUsers } from "../../hooks/users"
import {
  useCurrentUser,
  useUpdateWorkRequest,
  type UpdateWorkRequestBody,
  WORK_REQUEST_STATUSES,
  type WorkRequest,
  type WorkRequestStatus,
} from "../../hooks/work-requests"
import { errorMessage } from "../../lib/errors"
import { formatDateTime } from "../../lib/format"
import { staffChoices, UNASSIGNED } from "./assignee-choices"
import { ChoiceSelect } from "./choice-select"
import { assigneeName } from "./staff-name"
import { WORK_REQUEST_STATUS_LABELS } from "./status"

const STATUS_CHOICES = WORK_REQUEST_STATUSES.map((status) => ({
  value: status,
  label: WORK_REQUEST_STATUS_LABELS[status],
}))

/** Where the request is and who has it: each select saves as it changes. */
export const WorkRequestTriage = ({ request }: { request: WorkRequest }) => {
  const update = useUpdateWorkRequest(request.id)
  const users = useStaffUsers()
  const me = useCurrentUser()

  const save = async (body: UpdateWorkRequestBody, done: string, failed: string) => {
    try {
      await update.mutateAsync(body)
      toast.success(done)
    } catch (error) {
      toast.error(failed, { description: errorMessage(error) })
    }
  }

  const setStatus = (status: WorkRequestStatus) =>
    save(
      { status },
      `${request.number} is ${WORK_REQUEST_STATUS_LABELS[status]}`,
      `The status of ${request.number} was not changed`
    )

  const setAssignee = (value: string) => {
    const assigneeId = value === UNASSIGNED ? null : value
    return save(
      { assignee_id: assigneeId },
      assigneeId
        ? `${request.number} is assigned to ${assigneeName(assigneeId, users.data, me.data?.id)}`
        : `${request.number} is unassigned`,
      `The assignee of ${request.number} was not changed`
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Triage</Heading>
      </div>
      <div className="flex flex-col gap-y-4 px-6 py-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="work-request-status" size="small" weight="plus">
            Status
          </Label>
          <ChoiceSelect
            id="work-request-status"
            value={request.status}
            choices={STATUS_CHOICES}
            disabled={update.isPending}
            onChange={(next) => setStatus(next as WorkRequestStatus)}
            className="w-full"
          />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="work-request-assignee" size="small" weight="plus">
            Assignee
          </Label>
          <ChoiceSelect
            id="work-request-assignee"
            value={request.assignee_id ?? UNASSIGNED}
            choices={[
              { value: UNASSIGNED, label: "Unassigned" },
              ...staffChoices(users.data, me.data?.id, request.assignee_id),
            ]}
            disabled={update.isPending || users.isPending}
            onChange={setAssignee}
            className="w-full"
          />
          {users.isError && (
            <Text size="small" className="text-ui-fg-error">
              Staff could not be loaded; reload the page.
            </Text>
          )}
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div className="flex flex-col">
            <Text size="xsmall" className="text-ui-fg-subtle">
              Last activity
            </Text>
            <Text size="small">{formatDateTime(request.last_activity_at)}</Text>
          </div>
          {request.closed_at && (
            <div className="flex flex-col">
              <Text size="xsmall" className="text-ui-fg-subtle">
                Closed
              </Text>
              <Text size="small">{formatDateTime(request.closed_at)}</Text>
            </div>
          )}
        </div>
      </div>
    </Container>
  )
}
