import { Container, Heading, Text, toast } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { AgreementTemplateForm } from "../../../../components/agreement-templates/agreement-template-form"
import { agreementTemplatesPath } from "../../../../components/agreement-templates/paths"
import {
  type AgreementTemplateInput,
  useCreateAgreementTemplate,
} from "../../../../hooks/agreement-templates"
import { errorMessage } from "../../../../lib/errors"

const EMPTY: AgreementTemplateInput = { name: "", body: "" }

const CreateAgreementTemplatePage = () => {
  const navigate = useNavigate()
  const create = useCreateAgreementTemplate()

  const save = async (values: AgreementTemplateInput) => {
    try {
      const { agreement_template: template } = await create.mutateAsync(values)
      toast.success(`Created "${template.name}", version ${template.version}`)
      navigate(agreementTemplatesPath)
    } catch (error) {
      toast.error("The template was not created", { description: errorMessage(error) })
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="px-6 py-4">
        <Heading>Create agreement template</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Buyers read this agreement with their details filled in, and sign it to accept a quote.
        </Text>
      </Container>
      <AgreementTemplateForm
        initial={EMPTY}
        submitLabel="Save"
        isSubmitting={create.isPending}
        onSubmit={save}
        onCancel={() => navigate(agreementTemplatesPath)}
      />
    </div>
  )
}

export const handle = { breadcrumb: () => "Create" }

export default CreateAgreementTemplatePage
