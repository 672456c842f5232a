import { ArrowUpTray, Photo, Trash } from "@medusajs/icons"
import { Button, Hint, Label, Text, toast } from "@medusajs/ui"
import { useRef } from "react"
import { LOGO_IMAGE_TYPES, MAX_LOGO_BYTES } from "../../../shared/portal-settings"
import { useUploadLogo } from "../../hooks/portal-settings"
import { errorMessage } from "../../lib/errors"

const ACCEPTED_TYPES: string[] = Object.values(LOGO_IMAGE_TYPES)

type LogoFieldProps = {
  value: string
  error?: string
  onChange: (url: string) => void
}

/** The logo: uploaded through Medusa's File module, previewed, removable. */
export function LogoField({ value, error, onChange }: LogoFieldProps) {
  const input = useRef<HTMLInputElement>(null)
  const upload = useUploadLogo()

  const pick = (file: File | undefined) => {
    if (!file) return
    // A first check for a quick answer; the server checks the bytes themselves.
    if (!ACCEPTED_TYPES.includes(file.type)) {
      toast.error("Choose a PNG, JPEG or WebP image.")
      return
    }
    if (file.size > MAX_LOGO_BYTES) {
      toast.error("The logo must be 2 MB or smaller.")
      return
    }
    upload.mutate(file, {
      onSuccess: (url) => onChange(url),
      onError: (uploadError) => toast.error(`Upload failed: ${errorMessage(uploadError)}`),
    })
  }

  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="logo_file" size="small" weight="plus">
        Logo <span className="text-ui-fg-muted font-normal">(optional)</span>
      </Label>
      <div className="flex items-center gap-x-4">
        <div className="bg-ui-bg-subtle border-ui-border-base flex h-16 w-32 shrink-0 items-center justify-center overflow-hidden rounded-md border">
          {value ? (
            <img src={value} alt="Current logo" className="max-h-full max-w-full object-contain" />
          ) : (
            <Photo className="text-ui-fg-muted" aria-hidden />
          )}
        </div>
        <div className="flex flex-col gap-y-2">
          <div className="flex gap-x-2">
            <Button
              type="button"
              size="small"
              variant="secondary"
              isLoading={upload.isPending}
              onClick={() => input.current?.click()}
            >
              <ArrowUpTray />
              {value ? "Replace" : "Upload"}
            </Button>
            {value && (
              <Button type="button" size="small" variant="transparent" onClick={() => onChange("")}>
                <Trash />
                Remove
              </Button>
            )}
          </div>
          <Text size="xsmall" className="text-ui-fg-subtle">
            PNG, JPEG or WebP, up to 2 MB. Shown at the top of every portal page.
          </Text>
        </div>
        <input
          ref={input}
          id="logo_file"
          type="file"
          accept={ACCEPTED_TYPES.join(",")}
          className="sr-only"
          onChange={(event) => {
            pick(event.target.files?.[0])
            event.target.value = ""
          }}
        />
      </div>
      {error && <Hint variant="error">{error}</Hint>}
    </div>
  )
}
