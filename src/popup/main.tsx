import '../ui/theme.css'
import './popup.css'
import { render } from 'preact'
import { PopupApp } from './PopupApp.tsx'

render(<PopupApp />, document.getElementById('app')!)
