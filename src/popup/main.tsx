import '../ui/theme.css'
import './popup.css'
import { render } from 'preact'
import { ClientContext } from '../ui/client.ts'
import { runtimeClient } from '../ui/runtime-client.ts'
import { PopupApp } from './PopupApp.tsx'

render(
  <ClientContext.Provider value={runtimeClient}>
    <PopupApp />
  </ClientContext.Provider>,
  document.getElementById('app')!,
)
