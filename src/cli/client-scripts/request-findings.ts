import type { NormalizedRequest } from '../../shared/har/request.ts'
import type { ReportLocation } from '../../shared/rules/report.ts'
import { type FindingPlace, toReportFinding } from '../../shared/rules/report.ts'
import { MFA_FIELD_RUNTIME_VALUE } from '../../shared/rules/runtime-value-rule.ts'
import { billTarget } from '../../shared/rules/target.ts'
import type { CliFinding, LintSettings } from '../cli-finding.ts'
import { lintRequest } from '../lint-requests.ts'
import type { MfaField, MfaKind } from '../source/evidence.ts'
import type { OffsetFinding } from '../source/judge.ts'
import { scanCode } from '../source/scan-code.ts'
import { scanScript } from './scan-script.ts'
import type { ClientScript } from './script-effects.ts'
import type { ScriptIndex } from './script-index.ts'

// One request of an API client file with what decides its body: the body as written (variables resolved
// where the file knows them), the scripts that run before it, and the variables other scripts set.

export interface ClientRequest {
  /** The request the engine evaluates: variables resolved, the URL as the engine should read it. */
  request: NormalizedRequest
  shownUrl: string
  location: ReportLocation
  /** The file's line of the body, or of the body part that holds `field`. */
  bodyLine(field?: string): number | undefined
  urlLine: number | undefined
  /** Scripts run before the request is sent, outermost first (collection, folders, the request's own). */
  before: readonly ClientScript[]
}

const KIND_OF_ENDPOINT: Record<string, MfaKind> = {
  'v3.mfa.challenge': 'challenge-v3',
  'v2.mfa.challenge': 'challenge-v2',
  'v3.mfa.setup': 'setup',
}
const FIELD_OF_KIND: Partial<Record<MfaKind, MfaField>> = {
  'challenge-v3': 'useBackup',
  'challenge-v2': 'useBackup',
  setup: 'primary',
}
/** `{{name}}`, `{{ name }}` and Insomnia's `{{ _.name }}` (named as written, set as `name`). */
const REFERENCE = /\{\{\s*([^{}\s]+)\s*\}\}/g
const WHOLE_REFERENCE = /^\s*\{\{\s*([^{}\s]+)\s*\}\}\s*$/
/** A BILL MFA field whose value is an unresolved variable, quoted or not. */
const FIELD_REFERENCE = /"(useBackup|primary)"\s*:\s*"?\{\{\s*([^{}\s]+)\s*\}\}/g
const setName = (written: string) => written.replace(/^_\./, '')
type Place = Omit<FindingPlace, 'location'>

/** The body's texts a variable can sit in: the raw text, or each form field (v2 `data`). */
const bodyTexts = (request: NormalizedRequest): { name?: string; text: string }[] => [
  ...(request.body?.text === undefined ? [] : [{ text: request.body.text }]),
  ...(request.body?.params ?? []).map((p) => ({ name: p.name, text: p.value })),
]

/** Lints the requests of one file; scripts shared by several requests are reported once. */
export class ClientLinter {
  private readonly seen = new Set<string>()
  private readonly scans = new Map<ClientScript, Set<MfaKind>>()
  private readonly followed = new Set<string>()

  constructor(
    private readonly file: string,
    private readonly settings: LintSettings,
    private readonly scripts: ScriptIndex,
  ) {}

  lint(req: ClientRequest): CliFinding[] {
    return [...this.engine(req), ...this.scripted(req)]
  }

  /** The rules engine's findings on the request as written, on the lines of the body or the URL. */
  engine(req: ClientRequest): CliFinding[] {
    return lintRequest(req.request, this.file, req.location, this.settings, req.shownUrl).map((f) => {
      const line = f.report.field ? req.bodyLine(f.report.field) : req.urlLine
      return line === undefined ? f : { ...f, report: { ...f.report, location: { ...req.location, line } } }
    })
  }

  /** What scripts and unresolved variables put in the body of a request to a BILL MFA endpoint. */
  scripted(req: ClientRequest): CliFinding[] {
    const { request, shownUrl } = req
    const at = (line: number | undefined): ReportLocation =>
      line === undefined ? req.location : { ...req.location, line }
    const out: CliFinding[] = []
    const target = billTarget(request.method, request.url, this.settings.hosts)
    const kind = KIND_OF_ENDPOINT[target?.endpoint?.id ?? '']
    const field = kind && FIELD_OF_KIND[kind]
    if (!target || !kind || !field) return out
    const place = { file: this.file, request: { method: request.method, url: shownUrl, api: target.api } }
    const runtime = (variable: string, line: number | undefined) => {
      const draft = MFA_FIELD_RUNTIME_VALUE.describe(field, target.api)
      const origin = this.scripts.setters.has(setName(variable))
        ? 'is set by a script at run time'
        : 'is not set in this file'
      const message = `{{${variable}}} ${origin}: ${draft.message}`
      const finding = { ruleId: MFA_FIELD_RUNTIME_VALUE.id, severity: 'warning' as const, message, field }
      out.push({ report: toReportFinding({ ...finding, fix: draft.fix }, { ...place, location: at(line) }) })
    }
    const texts = bodyTexts(request)
    const writers = req.before.filter((s) => this.scripts.bodyWriters.has(s))
    const scanned = new Set<ClientScript>(writers)
    for (const { name, text } of texts) {
      for (const m of text.matchAll(REFERENCE)) {
        // The setters of a variable are read once per endpoint, however many requests read it: linear.
        const variable = `${kind} ${setName(m[1] ?? '')}`
        if (this.followed.has(variable)) continue
        this.followed.add(variable)
        for (const s of this.scripts.setters.get(setName(m[1] ?? '')) ?? []) scanned.add(s)
      }
      // A body (or v2 data field) that is only a variable nothing in the file sets: decided elsewhere.
      const whole = WHOLE_REFERENCE.exec(text)?.[1]
      const isBody = name === undefined || name === 'data'
      if (whole && isBody && writers.length === 0 && !this.scripts.setters.has(setName(whole)))
        runtime(whole, req.bodyLine(name))
      for (const m of text.matchAll(FIELD_REFERENCE))
        if (m[1] === field && m[2]) runtime(m[2], req.bodyLine(name ?? field))
    }
    for (const script of scanned) out.push(...this.scriptFindings(script, kind, place))
    return out
  }

  /**
   * Requests scripts send themselves (`pm.sendRequest`, `bru.sendRequest`): each call read on its own,
   * as one request, reported where the analysis ties a field to the endpoint that call names.
   */
  sentByScripts(): CliFinding[] {
    const out: CliFinding[] = []
    for (const { script, start, end } of this.scripts.sends) {
      const found = scanCode(script.text.slice(start, end), 'javascript', { now: this.settings.now })
      const shifted = found
        .filter((f) => f.endpoint)
        .map((f) => ({ ...f, start: f.start + start, end: f.end + start }))
      out.push(...this.placed(script, shifted, { file: this.file }))
    }
    return out
  }

  private scriptFindings(script: ClientScript, kind: MfaKind, place: Place): CliFinding[] {
    // A script shared by many requests (a collection's) is read once per endpoint: linear in the file.
    const done = this.scans.get(script) ?? new Set<MfaKind>()
    if (done.has(kind)) return []
    this.scans.set(script, done.add(kind))
    return this.placed(script, scanScript(script.text, kind, this.settings.now), place)
  }

  /** Script findings on the file's lines, each reported once however many requests reach it. */
  private placed(script: ClientScript, found: readonly OffsetFinding[], place: Place): CliFinding[] {
    const out: CliFinding[] = []
    for (const f of found) {
      const line = script.line(f.start)
      const key = `${line}:${f.start}:${f.ruleId}`
      if (this.seen.has(key)) continue
      this.seen.add(key)
      const { ruleId, severity, message, field, value, fix } = f
      const lineStart = script.text.lastIndexOf('\n', f.start - 1) + 1
      const lineEnd = script.text.indexOf('\n', f.start)
      out.push({
        report: toReportFinding(
          { ruleId, severity, message, field, value, fix },
          { ...place, location: line > 0 ? { line } : {} },
        ),
        excerpt: script.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim(),
      })
    }
    return out
  }
}
