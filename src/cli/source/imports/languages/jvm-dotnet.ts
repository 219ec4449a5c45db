import { each, type ModuleFacts, segments } from '../facts.ts'

const JAVA_PACKAGE = /^[ \t]*package[ \t]+([\w.]+)/m
const JAVA_IMPORT = /^[ \t]*import[ \t]+(static[ \t]+)?([\w.]+?)(\.\*)?[ \t]*;/gm
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
    const name = m[2] ?? ''
    // `import static a.b.Endpoints.MFA;` and `import static a.b.Endpoints.*;` read the class a.b.Endpoints.
    if (m[1]) imports.push([`java:${m[3] ? name : name.replace(/\.\w+$/, '')}`])
    else imports.push([m[3] ? `java:${name}.*` : `java:${name}`])
  }
  return { keys: [`java:${pkg}.${cls}`, `java:${pkg}.*`], imports, reexports: [] }
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
    const name = m[2] ?? ''
    // `using static Acme.Bill.Routes;` names a class: its namespace holds it.
    imports.push(m[1] ? [`cs:${name}`, `cs:${name.replace(/\.\w+$/, '')}`] : [`cs:${name}`])
  }
  return { keys: spaces.map((ns) => `cs:${ns}`), imports, reexports: [] }
}
