import { Input, Label, Tabs, Text } from "@medusajs/ui"
import { useState } from "react"
import { type NewMemberInput, useAddMember } from "../../hooks/companies"
import type { CustomerOption } from "../../hooks/customers"
import { FormDrawer } from "../common/form-drawer"
import { CustomerPicker } from "../pickers/customer-picker"

type Mode = "existing" | "new"

const EMPTY_NEW = { email: "", first_name: "", last_name: "" }

/**
 * Adds a contact to the company: an existing Medusa customer found by search,
 * or a new customer (created by the server with the membership, no login
 * yet). They get the default teams of the company's sides.
 */
export const AddContactDrawer = ({
  companyId,
  open,
  onOpenChange,
}: {
  companyId: string
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const add = useAddMember(companyId)
  const [mode, setMode] = useState<Mode>("existing")
  const [picked, setPicked] = useState<CustomerOption | null>(null)
  const [fresh, setFresh] = useState(EMPTY_NEW)

  const reset = () => {
    setPicked(null)
    setFresh(EMPTY_NEW)
  }

  /** A missing choice is refused like the server's refusals: shown on top. */
  const save = async () => {
    let input: NewMemberInput
    if (mode === "existing") {
      if (!picked) throw new Error("Search for the customer and pick them from the list")
      input = { customer_id: picked.id }
    } else {
      const email = fresh.email.trim()
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error("Give a valid email")
      input = {
        customer: {
          email,
          first_name: fresh.first_name.trim() || null,
          last_name: fresh.last_name.trim() || null,
        },
      }
    }
    const { member } = await add.mutateAsync(input)
    return `${member.customer?.email ?? "The contact"} was added`
  }

  return (
    <FormDrawer
      open={open}
      onOpenChange={onOpenChange}
      onOpen={reset}
      title="Add contact"
      submitLabel="Add contact"
      isSaving={add.isPending}
      onSave={save}
    >
      <Tabs value={mode} onValueChange={(value) => setMode(value as Mode)}>
        <Tabs.List>
          <Tabs.Trigger value="existing">Existing customer</Tabs.Trigger>
          <Tabs.Trigger value="new">New customer</Tabs.Trigger>
        </Tabs.List>
        <Tabs.Content value="existing" className="flex flex-col gap-y-2 pt-4">
          <Label htmlFor="contact-customer" size="small" weight="plus">
            Customer
          </Label>
          <CustomerPicker
            id="contact-customer"
            customer={picked}
            placeholder="Search by name or email"
            emptyText="No customer matches: add a new customer instead"
            onChange={setPicked}
          />
        </Tabs.Content>
        <Tabs.Content value="new" className="flex flex-col gap-y-3 pt-4">
          <Text size="small" className="text-ui-fg-subtle">
            A new Medusa customer, without a login until you invite them.
          </Text>
          {(
            [
              ["email", "Email"],
              ["first_name", "First name"],
              ["last_name", "Last name"],
            ] as const
          ).map(([field, label]) => (
            <div key={field} className="flex flex-col gap-y-1">
              <Label htmlFor={`contact-${field}`} size="small" weight="plus">
                {label}
              </Label>
              <Input
                id={`contact-${field}`}
                type={field === "email" ? "email" : "text"}
                value={fresh[field]}
                onChange={(event) =>
                  setFresh((current) => ({ ...current, [field]: event.target.value }))
                }
              />
            </div>
          ))}
        </Tabs.Content>
      </Tabs>
      <Text size="small" className="text-ui-fg-subtle">
        The contact joins the default teams of the company&apos;s sides; change them in the list.
      </Text>
    </FormDrawer>
  )
}
