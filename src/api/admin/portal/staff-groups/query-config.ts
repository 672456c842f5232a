/**
 * How the staff group routes read their query (Medusa's query-config pattern;
 * docs/ARCHITECTURE.md, "Layers"): the module service reads the groups, so
 * no Query fields; a list pages, one group takes no query at all.
 */
export const listStaffGroupsQueryConfig = { isList: true }
export const retrieveStaffGroupQueryConfig = { isList: false }
