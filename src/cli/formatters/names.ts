// The output formats' names, apart from the formatters: the command line lists them without loading
// the engine (--help and --version stay cheap).

export const FORMAT_NAMES = ['text', 'json', 'sarif', 'compact', 'github'] as const

export type Format = (typeof FORMAT_NAMES)[number]
