// What every command writes to and returns: streams, environment, exit codes, usage errors.

export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean }
  stderr: { write(s: string): unknown }
  env: Record<string, string | undefined>
}

export const EXIT = { clean: 0, findings: 1, unusable: 2 } as const

/** A usage error found after parsing (e.g. an invalid --now): exit 2 with its message. */
export class UsageError extends Error {}
