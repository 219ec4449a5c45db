import { Lang, parse, type SgNode } from '@ast-grep/napi'

// What a request script of an API client (Postman, Insomnia, Bruno) does to the requests it runs with:
// the variables it sets and whether it writes the request body. Read from its syntax tree, once.

/** A script as the client runs it, and where its text sits in the file it came from. */
export interface ClientScript {
  text: string
  /** The 1-based line of the file that holds the script's character at `offset` (0: not known). */
  line(offset: number): number
}

export interface ScriptEffects {
  /** Variables the script sets, with the value when it is a literal (`true`, `'false'`, `42`). */
  sets: { name: string; literal?: string }[]
  /** The script writes the body of the request it runs with (`pm.request.body.raw = …`, `req.setBody(…)`). */
  writesBody: boolean
  /** [start, end) of each request the script sends itself (`pm.sendRequest(…)`), one call each. */
  sends: { start: number; end: number }[]
}

// pm.variables.set, pm.environment.set, insomnia.collectionVariables.set, postman.setEnvironmentVariable,
// bru.setVar, bru.setEnvVar...: the client's ways of setting a variable a request reads as {{name}}.
const VARIABLE_SETTER =
  /^(?:(?:pm|insomnia)\.(?:variables|environment|collectionVariables|globals|iterationData|baseEnvironment)\.set|postman\.set(?:Environment|Global)Variable|bru\.set(?:Var|EnvVar|GlobalEnvVar|RequestVar))$/
const SEND_CALL = /^(?:pm|bru|insomnia)\.sendRequest$/
const BODY_CALL = /^(?:(?:pm|insomnia)\.request\.body\.update|req\.setBody)$/
const BODY_ASSIGNMENT = /^(?:pm|insomnia)\.request\.body(?:\.raw)?$/
/** Cheap test before parsing: most scripts (tests, headers) do neither. */
const MAY_AFFECT = /\.set\w*\s*\(|setBody|request\.body|sendRequest/

const LITERALS = new Set(['true', 'false', 'number', 'string', 'null'])

/** The text a literal argument stands for (a string without its quotes), or undefined for anything else. */
function literalOf(node: SgNode | undefined): string | undefined {
  if (!node || !LITERALS.has(node.kind().toString())) return undefined
  const text = node.text()
  if (node.kind() !== 'string') return text
  // A string with escapes is left unresolved rather than decoded by hand.
  return text.includes('\\') ? undefined : text.slice(1, -1)
}

export function scriptEffects(text: string): ScriptEffects {
  const effects: ScriptEffects = { sets: [], writesBody: false, sends: [] }
  if (!MAY_AFFECT.test(text)) return effects
  const root = parse(Lang.JavaScript, text).root()
  for (const call of root.findAll({ rule: { kind: 'call_expression' } })) {
    const callee = call.field('function')?.text().replace(/\s+/g, '') ?? ''
    if (BODY_CALL.test(callee)) effects.writesBody = true
    if (SEND_CALL.test(callee))
      effects.sends.push({ start: call.range().start.index, end: call.range().end.index })
    if (!VARIABLE_SETTER.test(callee)) continue
    const [name, value] =
      call
        .field('arguments')
        ?.children()
        .filter((c) => c.isNamed()) ?? []
    const key = literalOf(name)
    if (key === undefined || name?.kind() !== 'string') continue
    const literal = literalOf(value)
    effects.sets.push({ name: key, ...(literal === undefined ? {} : { literal }) })
  }
  for (const assignment of root.findAll({ rule: { kind: 'assignment_expression' } })) {
    const left = assignment.field('left')?.text().replace(/\s+/g, '') ?? ''
    if (BODY_ASSIGNMENT.test(left)) effects.writesBody = true
  }
  return effects
}
