import { render } from 'preact'
import '../ui/base.css'
import './options.css'
import { loadUiLanguage, uiLanguage } from '../ui/i18n.ts'
import { OptionsApp } from './OptionsApp.tsx'

await loadUiLanguage()
document.documentElement.lang = uiLanguage()
render(<OptionsApp />, document.getElementById('app')!)
