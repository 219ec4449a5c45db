// A request method read from a HAR file is data from anywhere: it must be an HTTP method token before it is
// kept, shown or copied into a command.

// RFC 9110 §9.1 (method = token) and §5.6.2 (token = 1*tchar). Bounded: no real method is this long.
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,32}$/

/** Why this method is refused, or undefined when it is an HTTP method token. */
export function methodProblem(method: string): string | undefined {
  if (TOKEN.test(method)) return undefined
  const shown = JSON.stringify(method.length > 40 ? `${method.slice(0, 40)}…` : method)
  return `The request method ${shown} is not an HTTP method: RFC 9110 allows only letters, digits and !#$%&'*+-.^_\`|~ (here at most 32).`
}
