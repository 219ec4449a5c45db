import { EndpointIndex } from '../../../../../src/cli/source/structural/endpoints.ts'
import { fieldUse, type NodeUse, nameToken } from '../../../../../src/cli/source/structural/fields.ts'
import { snippet } from './snippet.ts'

// The holder tests' snippet: its field uses as structuralScan finds them, and its endpoint index.
export function holderUses(language: string, text: string) {
  const { root, grammar } = snippet(language, text)
  const strings = new Set(grammar.strings)
  const uses: NodeUse[] = []
  for (const token of root.findAll({
    rule: { any: [...grammar.names], regex: nameToken(['useBackup', 'primary']) },
  })) {
    const found = fieldUse(token, strings)
    if (found) uses.push(found)
  }
  return { root, uses, endpoints: new EndpointIndex(root, grammar) }
}

/** Each use's endpoints after resolution: `-` when none was decided. */
export const kindsOf = (uses: readonly NodeUse[]) =>
  uses.map((u) => (u.use.kinds ? [...u.use.kinds].sort().join(',') : '-'))
