import { useCallback, useRef, useState } from 'preact/hooks'
import { reportToMarkdown } from '../../shared/rules/index.ts'
import { BackgroundStatusLine } from '../../ui/BackgroundStatusLine.tsx'
import { downloadText } from '../../ui/download.ts'
import { t } from '../../ui/i18n/t.ts'
import { useBackgroundStatus } from '../../ui/useBackground.ts'
import type { DevtoolsApi } from '../capture/devtools-api.ts'
import { copyText } from '../export/clipboard.ts'
import { curlCommand } from '../export/curl.ts'
import { useExportWarmup } from '../export/export-warmup.ts'
import type { Privacy } from '../export/prepare.ts'
import { findingsReport } from '../export/report.ts'
import { useHarExport } from '../export/useHarExport.ts'
import { HarFileControls } from '../har-file/HarFileControls.tsx'
import { useFileDrop } from '../har-file/useFileDrop.ts'
import { useHarFile } from '../har-file/useHarFile.ts'
import type { AnalyzedRequest } from './analyze.ts'
import { DetailPane } from './DetailPane.tsx'
import { ExportControls, type ReportFormat } from './ExportControls.tsx'
import { addShownRows, NO_FILTER, noRowsShown, type RowFilter } from './filter-rows.ts'
import type { PanelCapture } from './panel-capture.ts'
import { RequestTable } from './RequestTable.tsx'
import { Toolbar } from './Toolbar.tsx'
import { useDevtoolsTheme } from './useDevtoolsTheme.ts'
import { useEscapeKey } from './useEscapeKey.ts'
import { useGrownView } from './useGrownView.ts'
import { usePanelRows } from './usePanelRows.ts'
import { useProfileHosts } from './useProfileHosts.ts'

/** The open row once found among `items` from `from` on (found once, kept while the rows only grow). */
function findByKey(
  found: AnalyzedRequest | undefined,
  items: readonly AnalyzedRequest[],
  from: number,
  key: string | undefined,
): AnalyzedRequest | undefined {
  if (found || key === undefined) return found
  for (let i = from; i < items.length; i++) if (items[i]?.captured.key === key) return items[i]
  return undefined
}

interface Props {
  capture: PanelCapture
  devtools: DevtoolsApi | undefined
  version: string
}

export function PanelApp({ capture, devtools, version }: Props) {
  useDevtoolsTheme(devtools?.panels)
  const status = useBackgroundStatus()
  const profileHosts = useProfileHosts()
  const harFile = useHarFile(profileHosts)
  // Outside DevTools the page is the stand-alone HAR inspector: no live capture, a file to open.
  const standalone = devtools === undefined
  const openFile = useCallback(
    (file: File) => {
      setSelectedKey(undefined)
      harFile.open(file)
    },
    [harFile.open],
  )
  useFileDrop(openFile)
  const {
    rows: analyzed,
    secrets,
    fromFile,
    liveSize,
  } = usePanelRows(capture.store, profileHosts, harFile.state)
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER)
  const [preserveLog, setPreserveLog] = useState(false)
  const [selectedKey, setSelectedKey] = useState<string>()
  const [activeIndex, setActiveIndex] = useState(0)
  const [revealKey, setRevealKey] = useState<string>()
  const [raw, setRaw] = useState(false)
  const [copyNote, setCopyNote] = useState('')

  // While a file loads its rows grow in place: the views fold in only the new ones.
  const { rows: shown, counts } = useGrownView(analyzed, filter, noRowsShown, addShownRows)
  const selected = useGrownView(analyzed, selectedKey, () => undefined, findByKey)

  // The opt-in for secrets covers one export only.
  const takePrivacy = (): Privacy => {
    setRaw(false)
    return raw ? 'raw' : 'redacted'
  }

  const exportReport = (format: ReportFormat) => {
    const rows = shown.map((r) => ({
      method: r.captured.request.method,
      url: r.captured.request.url,
      ...(r.target ? { api: r.target.api } : {}),
      findings: r.findings,
    }))
    const report = findingsReport(rows, takePrivacy(), secrets)
    if (format === 'json')
      downloadText('bill-findings.json', `${JSON.stringify(report, null, 2)}\n`, 'application/json')
    else downloadText('bill-findings.md', reportToMarkdown(report), 'text/markdown')
  }

  const harExport = useHarExport(version)
  useExportWarmup(analyzed, secrets)
  const exportHar = () =>
    harExport.start(
      shown.map((r) => r.captured.har),
      takePrivacy(),
      secrets,
    )

  const copyCurl = async () => {
    if (!selected) return
    const privacy = takePrivacy()
    const curl = curlCommand(selected.captured.har, privacy, secrets)
    if (!curl.ok) return setCopyNote(t('curlNotCopied', { reason: curl.reason }))
    const copied = await copyText(curl.command)
    setCopyNote(t(!copied ? 'copyRefused' : privacy === 'raw' ? 'curlCopiedRaw' : 'curlCopiedRedacted'))
  }

  const bodyRef = useRef<HTMLDivElement>(null)
  // Closing (✕ or Escape) hands the focus back to the grid's row rather than dropping it on the page.
  const closeDetail = useCallback(() => {
    const body = bodyRef.current
    const focusInDetail = body?.querySelector('.detail')?.contains(document.activeElement) ?? false
    if (focusInDetail) body?.querySelector<HTMLElement>('.request-row[tabindex="0"]')?.focus()
    setSelectedKey(undefined)
  }, [])
  useEscapeKey(selected !== undefined, closeDetail)

  const select = (index: number) => {
    const row = shown[index]
    if (!row) return
    setSelectedKey(row.captured.key)
    setCopyNote('')
  }

  return (
    <main class={`panel${selected ? ' with-detail' : ''}`}>
      <h1 class={standalone ? 'inspector-title' : 'visually-hidden'}>
        {t(standalone ? 'harInspectorTitle' : 'billRequests')}
      </h1>
      <HarFileControls file={harFile} onOpen={openFile} live={!standalone} />
      <Toolbar
        live={!fromFile}
        filter={filter}
        onFilter={(change) => setFilter((f) => ({ ...f, ...change }))}
        preserveLog={preserveLog}
        onPreserveLog={(preserve) => {
          setPreserveLog(preserve)
          capture.setPreserveLog(preserve)
        }}
        onClear={() => {
          capture.store.clear()
          setSelectedKey(undefined)
          setActiveIndex(0)
        }}
        counts={counts}
        shown={shown.length}
        size={fromFile ? analyzed.length : liveSize}
        capacity={fromFile ? analyzed.length : capture.store.capacity}
      />
      <ExportControls
        raw={raw}
        onRaw={setRaw}
        onExportReport={exportReport}
        onExportHar={exportHar}
        harBusy={harExport.busy}
        harStatus={harExport.status}
        disabled={shown.length === 0}
      />
      <div class="panel-body" ref={bodyRef}>
        <RequestTable
          rows={shown}
          activeIndex={activeIndex}
          selectedKey={selectedKey}
          onActivate={setActiveIndex}
          onSelect={select}
          secrets={secrets}
          emptyMessage={fromFile || standalone ? t('emptyFile') : undefined}
        />
        {selected && (
          <DetailPane
            row={selected}
            reveal={revealKey === selected.captured.key}
            onToggleReveal={() =>
              setRevealKey((key) => (key === selected.captured.key ? undefined : selected.captured.key))
            }
            onCopyCurl={() => void copyCurl()}
            copyNote={copyNote}
            onClose={closeDetail}
            secrets={secrets}
          />
        )}
      </div>
      <footer class="panel-footer">
        <BackgroundStatusLine status={status} />
      </footer>
    </main>
  )
}
