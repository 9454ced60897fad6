import { render } from 'preact'
import { uiLang } from '../../lib/i18n'
import '../../ui/styles.css'
import { CapturePage } from './CapturePage'

document.documentElement.lang = uiLang()
render(<CapturePage />, document.getElementById('app')!)
