import '../ui/theme.css'
import './popup.css'
import { render } from 'preact'
import { ClientContext } from '../ui/client.ts'
import { HostContext, hostOf } from '../ui/host.ts'
import { runtimeClient } from '../ui/runtime-client.ts'
import { PopupApp } from './PopupApp.tsx'

// The entry of both hosts: the toolbar popup (src/popup/index.html) and the side view
// (src/sidepanel/index.html). Each page names its host on <html data-host>, which the stylesheet reads too.
render(
  <ClientContext.Provider value={runtimeClient}>
    <HostContext.Provider value={hostOf(document.documentElement)}>
      <PopupApp />
    </HostContext.Provider>
  </ClientContext.Provider>,
  document.getElementById('app')!,
)
