import type { Messages } from "../../../catalog"
import type en from "../../en/refusal/work-requests"

const work_requests: Messages<typeof en> = {
  not_found: "Arbeitsauftrag {{id}} wurde nicht gefunden",
  closed:
    "{{number}} ist geschlossen; reichen Sie eine neue Anfrage ein, wenn noch etwas zu tun ist, oder bitten Sie den Händler, sie wieder zu öffnen",
  too_many_attachments: "{{number}} hat bereits {{max}} Dateien; mehr nimmt eine Anfrage nicht auf",
  preferred_date_past:
    "Der Wunschtermin {{date}} liegt in der Vergangenheit; wählen Sie heute oder einen späteren Tag",
}

export default work_requests
