import { Select, Text } from "@medusajs/ui"
import { formatQuoteAddress, toQuoteShippingAddress } from "../../../shared/quote-address"
import { type CustomerAddressOption, useCustomerAddresses } from "../../hooks/customers"

const addressText = (address: CustomerAddressOption) =>
  formatQuoteAddress(toQuoteShippingAddress(address)).join(", ")

/**
 * One of a customer's addresses; until one is chosen, their default shipping
 * address shows (the one the server takes).
 */
export const AddressSelect = ({
  id,
  customerId,
  value,
  onChange,
}: {
  id: string
  customerId: string | null
  /** "" for the customer's default shipping address. */
  value: string
  onChange: (addressId: string) => void
}) => {
  const addresses = useCustomerAddresses(customerId)
  const defaultAddress = addresses.data?.find((address) => address.is_default_shipping)
  if (!customerId) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        Choose the customer first: the quote ships to one of their addresses.
      </Text>
    )
  }
  if (addresses.isError) {
    return (
      <Text size="small" className="text-ui-fg-error">
        The customer&apos;s addresses could not be loaded; reload the page.
      </Text>
    )
  }
  if (addresses.data && addresses.data.length === 0) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        This customer has no address yet. Add one on the customer&apos;s page: a quote is sent with
        a shipping address.
      </Text>
    )
  }
  return (
    <Select value={value || defaultAddress?.id || ""} onValueChange={onChange}>
      <Select.Trigger id={id}>
        <Select.Value
          placeholder={addresses.isPending ? "Loading addresses…" : "Choose an address"}
        />
      </Select.Trigger>
      <Select.Content>
        {(addresses.data ?? []).map((address) => (
          <Select.Item key={address.id} value={address.id}>
            {addressText(address)}
            {address.is_default_shipping ? " (default)" : ""}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
