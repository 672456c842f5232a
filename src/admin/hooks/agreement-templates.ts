import type { FetchError } from "@medusajs/js-sdk"
import { toast, usePrompt } from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCreatePortalAgreementTemplateBody,
  AdminPortalAgreementPreviewResponse,
  AdminPortalAgreementTemplate,
  AdminPortalAgreementTemplateDeleteResponse,
  AdminPortalAgreementTemplateListResponse,
  AdminPortalAgreementTemplateResponse,
  AdminPortalAgreementTemplateVariablesResponse,
  AdminUpdatePortalAgreementTemplateBody,
} from "../../shared/http/agreements"
import { errorMessage, hasStatus, isNotFound } from "../lib/errors"
import { queryKeysFactory } from "../lib/query-key-factory"
import { sdk } from "../lib/sdk"
import { useDebouncedValue } from "../lib/use-debounced-value"

/** The admin's names for the agreement template routes' shapes (src/shared/http/agreements.ts). */
export type {
  AdminCreatePortalAgreementTemplateBody as AgreementTemplateInput,
  AdminPortalAgreementPreview as AgreementPreview,
  AdminPortalAgreementTemplate as AgreementTemplate,
  AdminPortalAgreementTemplateVariable as AgreementTemplateVariable,
  AdminPortalAgreementTemplateVersion as AgreementTemplateVersion,
} from "../../shared/http/agreements"

export type { AgreementBlock, AgreementItemRow } from "../../shared/agreement-document"

const BASE = "/admin/portal/agreement-templates"

const base = queryKeysFactory("agreement-templates")

export const agreementTemplateKeys = {
  ...base,
  variables: () => [...base.all, "variables"] as const,
  preview: (input: { name?: string; body: string }) => [...base.all, "preview", input] as const,
}

/** Whether any version of the template has gone out with a quote (then it cannot be deleted). */
export const isTemplateInUse = (template: AdminPortalAgreementTemplate) =>
  template.versions.some((version) => version.in_use_at !== null)

/** A 400 from the server: the template itself is wrong, and the author must change it. */
export const isInvalidTemplateError = (error: unknown): error is FetchError => hasStatus(error, 400)

export function useAgreementTemplates(params: { limit: number; offset: number; q?: string }) {
  return useQuery({
    queryKey: agreementTemplateKeys.list(params),
    queryFn: () =>
      sdk.client.fetch<AdminPortalAgreementTemplateListResponse>(BASE, {
        query: { ...params, q: params.q || undefined, order: "name" },
      }),
    placeholderData: keepPreviousData,
  })
}

export function useAgreementTemplate(id: string) {
  return useQuery({
    queryKey: agreementTemplateKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminPortalAgreementTemplateResponse>(`${BASE}/${id}`),
    select: (data) => data.agreement_template,
    retry: (count, error) => !isNotFound(error) && count < 2,
  })
}

export function useAgreementTemplateVariables() {
  return useQuery({
    queryKey: agreementTemplateKeys.variables(),
    queryFn: () =>
      sdk.client.fetch<AdminPortalAgreementTemplateVariablesResponse>(`${BASE}/variables`),
    select: (data) => data.variables,
    staleTime: Infinity,
  })
}

/**
 * The body rendered with the server's sample data, refreshed 300 ms after the
 * author stops typing. A 400 carries the same message saving would give.
 */
export function useAgreementTemplatePreview(input: { name?: string; body: string }) {
  const body = useDebouncedValue(input.body, 300)
  const name = useDebouncedValue(input.name?.trim() || undefined, 300)
  const request = { name, body }
  const query = useQuery({
    queryKey: agreementTemplateKeys.preview(request),
    queryFn: () =>
      sdk.client.fetch<AdminPortalAgreementPreviewResponse>(`${BASE}/preview`, {
        method: "POST",
        body: request,
      }),
    select: (data) => data.preview,
    placeholderData: keepPreviousData,
    retry: (count, error) => !isInvalidTemplateError(error) && count < 2,
    staleTime: Infinity,
  })
  return {
    preview: query.isError ? undefined : query.data,
    /** The template's own mistake (unknown variable, unbalanced braces, empty body). */
    invalidReason: isInvalidTemplateError(query.error) ? query.error.message : null,
    /** The preview could not be produced for another reason (network, server). */
    failure: query.error && !isInvalidTemplateError(query.error) ? query.error : null,
    isUpdating: query.isFetching || body !== input.body,
  }
}

export function useCreateAgreementTemplate() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: AdminCreatePortalAgreementTemplateBody) =>
      sdk.client.fetch<AdminPortalAgreementTemplateResponse>(BASE, {
        method: "POST",
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementTemplateKeys.all }),
  })
}

/** Answers the template's latest version: the same one changed, or a new version. */
export function useUpdateAgreementTemplate(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: AdminUpdatePortalAgreementTemplateBody) =>
      sdk.client.fetch<AdminPortalAgreementTemplateResponse>(`${BASE}/${id}`, {
        method: "POST",
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementTemplateKeys.all }),
  })
}

/**
 * Asks before deleting a template with all its versions; the server refuses
 * (409) once a version was sent or while a quote names it, and that reason is shown.
 */
export function useDeleteAgreementTemplate() {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const mutation = useMutation({
    mutationFn: (id: string) =>
      sdk.client.fetch<AdminPortalAgreementTemplateDeleteResponse>(`${BASE}/${id}`, {
        method: "DELETE",
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agreementTemplateKeys.all }),
  })

  const confirmAndDelete = async (template: Pick<AdminPortalAgreementTemplate, "id" | "name">) => {
    const confirmed = await prompt({
      title: `Delete "${template.name}"?`,
      description:
        "The template and all its versions are deleted. Templates that were sent with a quote cannot be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
      variant: "danger",
    })
    if (!confirmed) return false
    try {
      await mutation.mutateAsync(template.id)
      toast.success(`Deleted "${template.name}"`)
      return true
    } catch (error) {
      const inUse = hasStatus(error, 409)
      toast.error(inUse ? "This template is in use" : "The template was not deleted", {
        description: errorMessage(error),
      })
      return false
    }
  }

  return { confirmAndDelete, isPending: mutation.isPending }
}
