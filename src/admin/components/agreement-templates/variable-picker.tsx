import { Button, Skeleton, Text, Tooltip } from "@medusajs/ui"
import { useAgreementTemplateVariables } from "../../hooks/agreement-templates"

/** The variables a template may use, each a button that inserts its placeholder. */
export const VariablePicker = ({ onInsert }: { onInsert: (placeholder: string) => void }) => {
  const { data: variables, isPending, isError } = useAgreementTemplateVariables()

  return (
    <div className="flex flex-col gap-y-2">
      <Text size="small" weight="plus" id="agreement-template-variables">
        Insert a variable
      </Text>
      {isPending ? (
        <Skeleton className="h-14 w-full" />
      ) : isError ? (
        <Text size="small" className="text-ui-fg-error">
          The list of variables could not be loaded; reload the page to try again.
        </Text>
      ) : (
        <div
          className="flex flex-wrap gap-1.5"
          role="group"
          aria-labelledby="agreement-template-variables"
        >
          {variables.map((variable) => (
            <Tooltip key={variable.name} content={variable.description}>
              <Button
                type="button"
                size="small"
                variant="secondary"
                className="font-mono"
                aria-label={`Insert ${variable.placeholder}: ${variable.description}`}
                // Keep the body's cursor where it is: the placeholder goes there.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => onInsert(variable.placeholder)}
              >
                {variable.placeholder}
              </Button>
            </Tooltip>
          ))}
        </div>
      )}
    </div>
  )
}
