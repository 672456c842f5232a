import { Alert, Badge, Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { Link, useNavigate, useParams } from "react-router-dom"
import { AgreementTemplateForm } from "../../../../components/agreement-templates/agreement-template-form"
import {
  agreementTemplatePath,
  agreementTemplatesPath,
} from "../../../../components/agreement-templates/paths"
import { LoadError } from "../../../../components/load-error"
import {
  type AgreementTemplate,
  type AgreementTemplateInput,
  isTemplateInUse,
  useAgreementTemplate,
  useDeleteAgreementTemplate,
  useUpdateAgreementTemplate,
} from "../../../../hooks/agreement-templates"
import { errorMessage } from "../../../../lib/errors"

const Header = ({ template }: { template: AgreementTemplate }) => {
  const navigate = useNavigate()
  const { confirmAndDelete, isPending } = useDeleteAgreementTemplate()
  return (
    <Container className="flex flex-col justify-between gap-3 px-6 py-4 md:flex-row md:items-center">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Heading>{template.name}</Heading>
          <Badge size="2xsmall">Version {template.version}</Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {isTemplateInUse(template)
            ? "Sent with quotes: each version a quote was sent with is kept as it was."
            : "Not sent with a quote yet: changes are saved in place."}
        </Text>
      </div>
      <Button
        size="small"
        variant="secondary"
        isLoading={isPending}
        onClick={async () => {
          if (await confirmAndDelete(template)) navigate(agreementTemplatesPath)
        }}
      >
        Delete
      </Button>
    </Container>
  )
}

/** An older version stays as buyers saw it; edits go to the latest version. */
const OlderVersion = ({ template }: { template: AgreementTemplate }) => {
  const latest = template.versions[template.versions.length - 1]
  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <Alert variant="info">
        Version {template.version} was sent with quotes and is kept exactly as it was. To make
        changes, edit the latest version.
      </Alert>
      <pre className="txt-small text-ui-fg-subtle whitespace-pre-wrap font-mono">
        {template.body}
      </pre>
      {latest && (
        <Button size="small" variant="secondary" className="self-start" asChild>
          <Link to={agreementTemplatePath(latest.id)}>Edit version {latest.version}</Link>
        </Button>
      )}
    </Container>
  )
}

const EditAgreementTemplatePage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const { data: template, isPending, isError, error, refetch } = useAgreementTemplate(id)
  const update = useUpdateAgreementTemplate(id)

  if (isPending) {
    return (
      <Container className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
        <Skeleton className="h-7 w-64" />
        <Skeleton className="h-64 w-full" />
      </Container>
    )
  }

  if (isError) {
    return (
      <LoadError
        error={error}
        thing="template"
        notFoundHeading="Agreement template not found"
        back={{ to: agreementTemplatesPath, label: "Back to agreement templates" }}
        onRetry={() => refetch()}
      />
    )
  }

  const save = async (values: AgreementTemplateInput) => {
    const translations = values.translations ?? null
    const changes = {
      name: values.name !== template.name ? values.name : undefined,
      body: values.body !== template.body ? values.body : undefined,
      translations:
        JSON.stringify(translations) !== JSON.stringify(template.translations ?? null)
          ? translations
          : undefined,
    }
    try {
      const { agreement_template: saved } = await update.mutateAsync(changes)
      if (saved.id !== template.id) {
        toast.success(`Saved as version ${saved.version}`, {
          description: `Quotes already sent keep version ${template.version}.`,
        })
        navigate(agreementTemplatePath(saved.id), { replace: true })
      } else {
        toast.success(`Saved "${saved.name}", version ${saved.version}`)
      }
    } catch (error) {
      toast.error("The template was not saved", { description: errorMessage(error) })
    }
  }

  return (
    <div className="flex flex-col gap-y-3">
      <Header template={template} />
      {template.is_latest ? (
        <AgreementTemplateForm
          // A saved change (or a new version) resets the form to what the server holds.
          key={`${template.id}:${template.updated_at}`}
          initial={{
            name: template.name,
            body: template.body,
            translations: template.translations,
          }}
          submitLabel={template.in_use_at ? `Save as version ${template.version + 1}` : "Save"}
          isSubmitting={update.isPending}
          notice={
            template.in_use_at ? (
              <Alert variant="warning">
                Version {template.version} has been sent with a quote, so it stays as it is. Saving
                your changes creates version {template.version + 1}; quotes already sent keep
                version {template.version}.
              </Alert>
            ) : undefined
          }
          onSubmit={save}
          onCancel={() => navigate(agreementTemplatesPath)}
        />
      ) : (
        <OlderVersion template={template} />
      )}
    </div>
  )
}

export const handle = { breadcrumb: () => "Edit" }

export default EditAgreementTemplatePage
