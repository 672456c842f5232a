import { can } from "@shared/permissions"
import { Link } from "react-router"
import { useTitle } from "../../components/Layout"
import { accessOf, activeCompanyOf, SECTIONS } from "./access"
import { useMe } from "./queries"

/**
 * Quotes, orders and invoices of the active company: the lists and pages
 * arrive with the next part of issue 12; until then the section says so, and
 * a section the contact may not see says that instead (links in emails lead here).
 */
export function SectionPage({ path }: { path: string }) {
  const { data: me } = useMe()
  const section = SECTIONS.find((candidate) => candidate.path === path)!
  useTitle(`${section.label} · Client portal`)
  if (!me) return null
  const company = activeCompanyOf(me)
  const allowed = can(accessOf(me), section.permission)
  return (
    <section className="card" aria-labelledby="section-title">
      <h1 id="section-title">{section.label}</h1>
      {allowed ? (
        <p>
          {section.label} of {company?.name} will be listed here soon.
        </p>
      ) : (
        <p>
          Your teams at {company?.name} do not allow you to see {section.label.toLowerCase()}. Ask
          your company&apos;s portal administrator.
        </p>
      )}
      <p>
        <Link to="/account">Back to the overview</Link>
      </p>
    </section>
  )
}
