// The "BILL" panel document: created when the user first shows the tab (capture/handoff.ts explains how the
// requests from before reach it, over the channel named in this page's URL). Opened outside DevTools (the
// popup's and options page's "Open a HAR file…") it is the stand-alone BILL HAR inspector.
import '../ui/theme.css'
import './panel/panel.css'
import './panel/panel-layout.css'
import { render } from 'preact'
import { ClientContext } from '../ui/client.ts'
import { t } from '../ui/i18n/t.ts'
import { runtimeClient } from '../ui/runtime-client.ts'
import { devtoolsApi } from './capture/devtools-api.ts'
import { HANDOFF_PARAM } from './capture/handoff.ts'
import { PanelApp } from './panel/PanelApp.tsx'
import { startPanelCapture } from './panel/panel-capture.ts'

const devtools = devtoolsApi()
const handoff = new URLSearchParams(location.search).get(HANDOFF_PARAM)
const capture = startPanelCapture(devtools, handoff ? new BroadcastChannel(handoff) : undefined)
if (!devtools) document.title = t('harInspectorTitle')
render(
  <ClientContext.Provider value={runtimeClient}>
    <PanelApp capture={capture} devtools={devtools} version={chrome.runtime.getManifest().version} />
  </ClientContext.Provider>,
  document.getElementById('app')!,
)
