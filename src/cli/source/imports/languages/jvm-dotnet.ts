import { each, type ModuleFacts, segments } from '../facts.ts'

const JAVA_PACKAGE = /^[ \t]*package[ \t]+([\w.]+)/m
const JAVA_IMPORT = /^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+?)(\.\*)?[ \t]*;/gm
const KOTLIN_IMPORT = /^[ \t]*import[ \t]+([\w.]+?)(\.\*)?(?:[ \t]+as[ \t]+\w+)?[ \t]*;?[ \t]*$/gm
const KOTLIN_TYPE =
  /^[ \t]*(?:(?:internal|public|private|data|enum|sealed|abstract|open|companion)[ \t]+)*(?:object|class|interface)[ \t]+(\w+)/gm
const CS_NAMESPACE = /^[ \t]*namespace[ \t]+([\w.]+)/gm
const CS_USING = /^[ \t]*(?:global[ \t]+)?using[ \t]+(static[ \t]+)?(?:\w+[ \t]*=[ \t]*)?([\w.]+)[ \t]*;/gm

/** Java: a class by its package and file name; the classes of one package see each other unimported. */
export function javaFacts(path: string, text: string): ModuleFacts {
  const pkg = JAVA_PACKAGE.exec(text)?.[1] ?? ''
  const cls =
    segments(path)
      .at(-1)
      ?.replace(/\.java$/, '') ?? ''
  const imports: string[][] = [[`java:${pkg}.*`]]
  for (const m of text.matchAll(JAVA_IMPORT)) {
    // Stryker disable next-line StringLiteral: the name's group always takes part when the pattern matches
    const name = m[2] ?? ''
    // `import static a.b.Endpoints.MFA;` and `import static a.b.Endpoints.*;` read the class a.b.Endpoints.
    if (m[1]) imports.push([`java:${m[3] ? name : name.replace(/\.\w+$/, '')}`])
    else imports.push([m[3] ? `java:${name}.*` : `java:${name}`])
  }
  return { keys: [`java:${pkg}.${cls}`, `java:${pkg}.*`], imports, reexports: [] }
}

/**
 * Kotlin, in the same key space as Java (either may import the other): a file's objects and classes by
 * package and name; its top-level `const val`s belong to the package (`import com.acme.bill.MFA_SETUP`).
 */
export function kotlinFacts(text: string): ModuleFacts {
  const pkg = JAVA_PACKAGE.exec(text)?.[1] ?? ''
  const imports: string[][] = [[`java:${pkg}.*`]]
  for (const m of text.matchAll(KOTLIN_IMPORT)) {
    // Stryker disable next-line StringLiteral: the name's group always takes part when the pattern matches
    const name = m[1] ?? ''
    const owner = name.replace(/\.\w+$/, '')
    imports.push(m[2] ? [`java:${name}.*`] : [`java:${name}`, `java:${owner}`, `java:${owner}.*`])
  }
  const keys = [...each(KOTLIN_TYPE, text).map((type) => `java:${pkg}.${type}`), `java:${pkg}.*`]
  return { keys, imports, reexports: [] }
}

/** C#: constants of static classes, by namespace; a namespace sees its own and its parents' types. */
export function csharpFacts(text: string): ModuleFacts {
  const spaces = each(CS_NAMESPACE, text)
  const imports: string[][] = []
  for (const ns of spaces) {
    const parts = ns.split('.')
    for (let i = parts.length; i > 0; i--) imports.push([`cs:${parts.slice(0, i).join('.')}`])
  }
  for (const m of text.matchAll(CS_USING)) {
    // Stryker disable next-line StringLiteral: the name's group always takes part when the pattern matches
    const name = m[2] ?? ''
    // `using static Acme.Bill.Routes;` names a class: its namespace holds it.
    imports.push(m[1] ? [`cs:${name}`, `cs:${name.replace(/\.\w+$/, '')}`] : [`cs:${name}`])
  }
  return { keys: spaces.map((ns) => `cs:${ns}`), imports, reexports: [] }
}
