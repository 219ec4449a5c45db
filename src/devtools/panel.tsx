// The "BILL" panel document: created when the user first shows the tab (capture/handoff.ts explains how the
// requests from before reach it). Opened outside DevTools it renders an empty log.
import '../ui/theme.css'
import './panel/panel.css'
import { render } from 'preact'
import { ClientContext, runtimeClient } from '../ui/client.ts'
import { devtoolsApi } from './capture/devtools-api.ts'
import { PanelApp } from './panel/PanelApp.tsx'
import { startPanelCapture } from './panel/panel-capture.ts'

const devtools = devtoolsApi()
const capture = startPanelCapture(devtools, window)
render(
  <ClientContext.Provider value={runtimeClient}>
    <PanelApp capture={capture} devtools={devtools} version={chrome.runtime.getManifest().version} />
  </ClientContext.Provider>,
  document.getElementById('app')!,
)
