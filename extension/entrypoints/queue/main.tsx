import { render } from 'preact'
import { uiLang } from '../../lib/i18n'
import { App } from '../../ui/app/App'
import '../../ui/styles.css'

document.documentElement.lang = uiLang()
render(<App layout="tab" />, document.getElementById('app')!)
