import { useParams } from "react-router-dom"
import { RecordPage, TwoColumns } from "../../../components/common/record-page"
import { workRequestsPath } from "../../../components/work-requests/paths"
import { WorkRequestAttachments } from "../../../components/work-requests/work-request-attachments"
import { WorkRequestHeader } from "../../../components/work-requests/work-request-header"
import {
  WorkRequestDescription,
  WorkRequestThread,
} from "../../../components/work-requests/work-request-thread"
import { WorkRequestTriage } from "../../../components/work-requests/work-request-triage"
import { useWorkRequest } from "../../../hooks/work-requests"

/**
 * A work request: who asked what for which company, its status and assignee, the thread with
 * a reply form, its files, and the quote made of it.
 */
const WorkRequestPage = () => {
  const { id = "" } = useParams()
  const query = useWorkRequest(id)
  return (
    <RecordPage
      query={query}
      thing="work request"
      notFoundHeading="Work request not found"
      back={{ to: workRequestsPath, label: "Back to work requests" }}
    >
      {(request) => (
        <TwoColumns
          main={
            <>
              <WorkRequestHeader request={request} />
              <WorkRequestDescription request={request} />
              <WorkRequestThread request={request} />
            </>
          }
          side={
            <>
              <WorkRequestTriage request={request} />
              <WorkRequestAttachments request={request} />
            </>
          }
        />
      )}
    </RecordPage>
  )
}

export const handle = { breadcrumb: () => "Work request" }

export default WorkRequestPage
