/** The permission catalogue is fixed: no fields to choose, no list to page. */
export const retrievePermissionsQueryConfig = { isList: false }
