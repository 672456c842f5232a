import { Link, useSearchParams } from "react-router"
import { useTitle } from "../../components/Layout"
import { activeCompanyOf, displayName, visibleSections } from "./access"
import { useMe } from "./queries"

/** The account's first page: who and for which company; the counters come with the lists. */
export function DashboardPage() {
  const { data: me } = useMe()
  const [params] = useSearchParams()
  useTitle("Overview · Client portal")
  if (!me) return null
  const company = activeCompanyOf(me)
  const sections = visibleSections(me)
  return (
    <>
      <section className="card" aria-labelledby="overview-title">
        <p className="eyebrow">{params.get("welcome") ? "Welcome to your portal" : "Overview"}</p>
        <h1 id="overview-title">Hello, {displayName(me)}</h1>
        <p data-testid="active-company">
          You are acting for <strong>{company?.name}</strong>.
        </p>
      </section>
      {sections.length ? (
        <ul className="section-cards">
          {sections.map((section) => (
            <li key={section.path} className="card">
              <h2>
                <Link to={`/account/${section.path}`}>{section.label}</Link>
              </h2>
            </li>
          ))}
        </ul>
      ) : (
        <p className="card">
          Your teams at {company?.name} do not give you access to quotes, orders or invoices yet.
          Your profile is yours to change.
        </p>
      )}
    </>
  )
}
