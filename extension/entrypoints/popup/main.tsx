import { render } from 'preact'
import { uiLang } from '../../lib/i18n'
import { relayOnline } from '../../ui/relay-online'
import '../../ui/styles.css'
import { CapturePage } from './CapturePage'

document.documentElement.lang = uiLang()
relayOnline()
render(<CapturePage />, document.getElementById('app')!)
