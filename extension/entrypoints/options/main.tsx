import { render } from 'preact'
import { uiLang } from '../../lib/i18n'
import '../../ui/styles.css'
import { OptionsPage } from './OptionsPage'

document.documentElement.lang = uiLang()
render(<OptionsPage />, document.getElementById('app')!)
