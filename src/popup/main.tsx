import '../ui/theme.css'
import './popup.css'
import { render } from 'preact'
import { ClientContext, runtimeClient } from '../ui/client.ts'
import { PopupApp } from './PopupApp.tsx'

render(
  <ClientContext.Provider value={runtimeClient}>
    <PopupApp />
  </ClientContext.Provider>,
  document.getElementById('app')!,
)
