import '../ui/theme.css'
import './options.css'
import { render } from 'preact'
import { ClientContext } from '../ui/client.ts'
import { runtimeClient } from '../ui/runtime-client.ts'
import { OptionsApp } from './OptionsApp.tsx'

render(
  <ClientContext.Provider value={runtimeClient}>
    <OptionsApp localBuild={__LOCAL_FLAVOUR__} />
  </ClientContext.Provider>,
  document.getElementById('app')!,
)
