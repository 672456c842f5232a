import { portalLanguages } from "../../../../lib/i18n"
import { refusalText } from "../../../../lib/refusal"
import deAuth from "../../../../shared/i18n/catalogs/de/portal/auth"
import enAuth from "../../../../shared/i18n/catalogs/en/portal/auth"
import frAuth from "../../../../shared/i18n/catalogs/fr/portal/auth"
import { passwordRules } from "../../../../shared/password-rules"
import { PASSWORD_RULE_REFUSALS } from "../accept-invitation"

describe("accepting an invitation with a weak password", () => {
  it("refuses each rule in the words the invitation page lists it with, in every language", () => {
    const pages: Record<string, { password: { problems: Record<string, string> } }> = {
      en: enAuth,
      de: deAuth,
      fr: frAuth,
    }
    expect(Object.keys(pages).sort()).toEqual(portalLanguages())
    const ids = passwordRules("").map((rule) => rule.id)
    expect(Object.keys(PASSWORD_RULE_REFUSALS).sort()).toEqual([...ids].sort())
    for (const [language, page] of Object.entries(pages)) {
      for (const id of ids) {
        expect([language, id, refusalText(language, PASSWORD_RULE_REFUSALS[id])]).toEqual([
          language,
          id,
          page.password.problems[id],
        ])
      }
    }
  })
})
