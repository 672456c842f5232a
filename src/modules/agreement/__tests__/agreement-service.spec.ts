import path from "node:path"
import { MedusaError } from "@medusajs/framework/utils"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { AGREEMENT_MODULE } from ".."
import { AgreementTemplate, SignedAgreement } from "../models"
import AgreementModuleService from "../service"

jest.setTimeout(60_000)

const BODY = "Dear {{customer.first_name}},\n\n{{quote.items}}\n\nTotal {{quote.total}}."

moduleIntegrationTestRunner<AgreementModuleService>({
  moduleName: AGREEMENT_MODULE,
  resolve: "./src/modules/agreement",
  moduleModels: [AgreementTemplate, SignedAgreement],
  pathToMigrations: path.join(__dirname, "..", "migrations"),
  testSuite: ({ service }) => {
    const family = async (id: string) =>
      (await service.listTemplateFamily(id)).map((version) => ({
        id: version.id,
        version: version.version,
        is_latest: version.is_latest,
        name: version.name,
        body: version.body,
      }))

    describe("creating", () => {
      it("starts a family at version 1, its own family id, the latest", async () => {
        const template = await service.createTemplate({ name: "Terms", body: BODY })
        expect(template).toMatchObject({ family_id: template.id, version: 1, is_latest: true })
        expect(template.id).toMatch(/^agrtpl_/)
        expect((await service.retrievePortalAgreementTemplate(template.id)).in_use_at).toBeNull()
      })

      it("refuses an invalid body and stores nothing", async () => {
        await expect(
          service.createTemplate({ name: "Terms", body: "{{quote.totl}}" })
        ).rejects.toMatchObject({ type: MedusaError.Types.INVALID_DATA })
        expect(await service.listPortalAgreementTemplates()).toHaveLength(0)
      })
    })

    describe("revising", () => {
      it("changes an unused latest version in place", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        const revision = await service.reviseTemplate(v1.id, { body: "New" })
        expect(revision).toMatchObject({
          created_version: false,
          template: { id: v1.id, version: 1, body: "New" },
          previous: { id: v1.id, body: BODY },
        })
        expect(await family(v1.id)).toHaveLength(1)
      })

      it("keeps a version in use and adds the next version, through any version's id", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        await service.markTemplateInUse(v1.id)
        const second = await service.reviseTemplate(v1.id, { body: "Two" })
        expect(second).toMatchObject({
          created_version: true,
          template: { family_id: v1.id, version: 2, is_latest: true, body: "Two" },
        })
        await service.markTemplateInUse(second.template.id)
        const third = await service.reviseTemplate(v1.id, { name: "Terms 3" })
        expect(third.template).toMatchObject({ version: 3, name: "Terms 3", body: "Two" })
        expect(await family(v1.id)).toEqual([
          { id: v1.id, version: 1, is_latest: false, name: "Terms", body: BODY },
          { id: second.template.id, version: 2, is_latest: false, name: "Terms", body: "Two" },
          { id: third.template.id, version: 3, is_latest: true, name: "Terms 3", body: "Two" },
        ])
      })

      it("refuses an invalid body before touching anything", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        await expect(service.reviseTemplate(v1.id, { body: "{{ nope }}" })).rejects.toMatchObject({
          type: MedusaError.Types.INVALID_DATA,
          message: expect.stringContaining("{{nope}}"),
        })
        expect(await family(v1.id)).toEqual([
          { id: v1.id, version: 1, is_latest: true, name: "Terms", body: BODY },
        ])
      })

      it("answers not found for an unknown or deleted template", async () => {
        await expect(service.reviseTemplate("agrtpl_unknown", { name: "X" })).rejects.toMatchObject(
          { type: MedusaError.Types.NOT_FOUND }
        )
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        await service.softDeletePortalAgreementTemplates([v1.id])
        await expect(service.reviseTemplate(v1.id, { name: "X" })).rejects.toMatchObject({
          type: MedusaError.Types.NOT_FOUND,
        })
      })
    })

    describe("undoing a revision (workflow compensation)", () => {
      it("restores the text changed in place", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        const revision = await service.reviseTemplate(v1.id, { name: "Renamed", body: "New" })
        await service.revertRevision(revision)
        expect(await family(v1.id)).toEqual([
          { id: v1.id, version: 1, is_latest: true, name: "Terms", body: BODY },
        ])
      })

      it("drops the new version and makes the previous one the latest again", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        await service.markTemplateInUse(v1.id)
        const revision = await service.reviseTemplate(v1.id, { body: "Two" })
        await service.revertRevision(revision)
        expect(await family(v1.id)).toEqual([
          { id: v1.id, version: 1, is_latest: true, name: "Terms", body: BODY },
        ])
        // The family can be revised again afterwards: version 2 is free.
        const again = await service.reviseTemplate(v1.id, { body: "Two again" })
        expect(again.template).toMatchObject({ version: 2, is_latest: true })
      })
    })

    describe("marking a version in use", () => {
      it("freezes a version once; later calls change nothing", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        expect(await service.markTemplateInUse(v1.id)).toBe(true)
        const { in_use_at } = await service.retrievePortalAgreementTemplate(v1.id)
        expect(in_use_at).toBeInstanceOf(Date)
        expect(await service.markTemplateInUse(v1.id)).toBe(false)
        expect((await service.retrievePortalAgreementTemplate(v1.id)).in_use_at).toEqual(in_use_at)
      })

      it("answers not found for an unknown version", async () => {
        await expect(service.markTemplateInUse("agrtpl_unknown")).rejects.toMatchObject({
          type: MedusaError.Types.NOT_FOUND,
        })
      })
    })

    describe("the database", () => {
      it("allows one latest version per family", async () => {
        const v1 = await service.createTemplate({ name: "Terms", body: BODY })
        await expect(
          service.createPortalAgreementTemplates({
            family_id: v1.id,
            name: "Terms",
            body: BODY,
            version: 2,
            is_latest: true,
          })
        ).rejects.toThrow()
      })

      it("allows one signed agreement per quote", async () => {
        const signed = {
          quote_id: "quo_1",
          template_id: "agrtpl_1",
          template_version: 1,
          document: { agreement: "frozen" },
          document_sha256: "a".repeat(64),
          pdf_sha256: "b".repeat(64),
          pdf_file_id: "file_pdf",
          signature_file_id: "file_signature",
          signature_sha256: "c".repeat(64),
          signer_name: "Bea Buyer",
          signer_email: "bea@acme.test",
          signed_at: new Date(),
          consent_text: "I agree.",
          identified_by: "link" as const,
          selected_item_ids: { ids: ["quoitem_1"] },
          totals: { total: "$10.00" },
        }
        const first = await service.createPortalSignedAgreements(signed)
        expect(first.id).toMatch(/^agrsig_/)
        await expect(service.createPortalSignedAgreements(signed)).rejects.toThrow()
      })
    })
  },
})
