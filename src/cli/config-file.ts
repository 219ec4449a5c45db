/** The settings file's name, apart from its loader: --help names it without loading the engine. */
export const CONFIG_FILE = '.bill-mfa-lint.json'
