import '../ui/theme.css'
import './options.css'
import { render } from 'preact'
import { OptionsApp } from './OptionsApp.tsx'

render(<OptionsApp localBuild={__LOCAL_FLAVOUR__} />, document.getElementById('app')!)
