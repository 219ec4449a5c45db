// What makes a walked file worth a place in the tree, read on its bytes as Latin-1 like the pre-filter.
import { ANY_SIGN } from '../evidence.ts'

/** A field name: the file may set one in a body that another module sends. */
export const FIELD_SIGN = /use_?backup|primary/i
/** A field name, or part of a BILL address that another module may import. */
export const MEMBER_SIGN = /use_?backup|primary|mfa|bill\.com|\/v[23]\/|dev_?key/i
/**
 * The pre-filter's signs and the tree's in one pass: most files of a tree match neither, and are
 * rejected for about the cost of the pre-filter alone.
 */
export const ANY_TREE_SIGN = new RegExp(`${ANY_SIGN.source}|use_?backup|primary|mfa|\\/v[23]\\/`, 'i')
