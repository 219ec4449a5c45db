// The "BILL" panel document: created when the user first shows the tab (capture/handoff.ts explains how the
// requests from before reach it). Opened outside DevTools (the popup's and options page's "Open a HAR file…")
// it is the stand-alone BILL HAR inspector.
import '../ui/theme.css'
import './panel/panel.css'
import { render } from 'preact'
import { devtoolsApi } from './capture/devtools-api.ts'
import { PanelApp } from './panel/PanelApp.tsx'
import { startPanelCapture } from './panel/panel-capture.ts'

const devtools = devtoolsApi()
const capture = startPanelCapture(devtools, window)
if (!devtools) document.title = 'BILL HAR inspector'
render(
  <PanelApp capture={capture} devtools={devtools} version={chrome.runtime.getManifest().version} />,
  document.getElementById('app')!,
)
