import { render } from 'preact'
import { t, uiLang } from '../../lib/i18n'
import '../../ui/styles.css'
import { WelcomePage } from './WelcomePage'

document.documentElement.lang = uiLang()
document.title = t('welcomeTitle')
render(<WelcomePage />, document.getElementById('app')!)
