import '../ui/theme.css'
import './options.css'
import { render } from 'preact'
import { OptionsApp } from './OptionsApp.tsx'

render(<OptionsApp />, document.getElementById('app')!)
