// What makes a walked file worth a place in the tree, read on its bytes as Latin-1 like the pre-filter.

/** A field name: the file may set one in a body that another module sends. */
export const FIELD_SIGN = /use_?backup|primary/i
/** A field name, or part of a BILL address that another module may import. */
export const MEMBER_SIGN = /use_?backup|primary|mfa|bill\.com|\/v[23]\/|dev_?key/i
