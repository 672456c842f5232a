/**
 * A catalog in another language has exactly the keys of the English one (src/shared/i18n/
 * catalogs/en), every value a string: the type checker finds a missing or misspelt key.
 */
export type Messages<T> = {
  [K in keyof T]: T[K] extends string ? string : Messages<T[K]>
}

/** "invitation.subject" for `{ invitation: { subject } }`: the keys a catalog answers. */
export type MessageKey<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string
    ? `${Prefix}${K}`
    : MessageKey<T[K], `${Prefix}${K}.`>
}[keyof T & string]
