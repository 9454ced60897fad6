import { render } from 'preact'
import { uiLang } from '../../lib/i18n'
import { relayOnline } from '../../ui/relay-online'
import '../../ui/styles.css'
import { OptionsPage } from './OptionsPage'

document.documentElement.lang = uiLang()
relayOnline()
render(<OptionsPage />, document.getElementById('app')!)
