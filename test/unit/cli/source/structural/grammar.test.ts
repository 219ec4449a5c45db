import { describe, expect, it } from 'vitest'
import { grammarFor } from '../../../../../src/cli/source/structural/grammar.ts'
import { parserFor } from '../../../../../src/cli/source/structural/registry.ts'

// A grammar keeps only the node kinds its parser knows: ast-grep refuses a rule that names an unknown kind.
describe('grammarFor', () => {
  it('TypeScript: its own string, comment, function and declaration kinds, and no other grammar’s', () => {
    const g = grammarFor('typescript', parserFor('typescript') as string)
    expect(g?.parser).toBe(parserFor('typescript'))
    expect(g?.strings).toEqual(['string', 'template_string'])
    expect(g?.references).toEqual(['string', 'template_string', 'comment'])
    expect(g?.functions).toContain('arrow_function')
    expect(g?.functions).not.toContain('function_definition')
    expect(g?.declarations).toEqual([
      'variable_declarator',
      'assignment_expression',
      'pair',
      'public_field_definition',
    ])
    expect(g?.names).toContainEqual({ kind: 'property_identifier' })
    expect(g?.names).toContainEqual({ kind: 'template_string' })
    expect(g?.names).not.toContainEqual({ kind: 'simple_identifier' })
  })

  it('Python: `function_definition`, `assignment` and its comment', () => {
    const g = grammarFor('python', parserFor('python') as string)
    expect(g?.strings).toEqual(['string'])
    expect(g?.references).toEqual(['string', 'comment'])
    expect(g?.functions).toEqual(['function_definition', 'lambda'])
    expect(g?.declarations).toEqual(['assignment', 'pair'])
  })

  it('a language with no string kinds has no grammar; a grammar is built once per language', () => {
    expect(grammarFor('markdown', parserFor('typescript') as string)).toBeUndefined()
    const first = grammarFor('go', parserFor('go') as string)
    expect(grammarFor('go', parserFor('go') as string)).toBe(first)
  })
})
