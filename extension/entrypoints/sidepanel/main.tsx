import { render } from 'preact'
import { uiLang } from '../../lib/i18n'
import { App } from '../../ui/app/App'
import { relayOnline } from '../../ui/relay-online'
import '../../ui/styles.css'

document.documentElement.lang = uiLang()
relayOnline()
render(<App layout="panel" />, document.getElementById('app')!)
