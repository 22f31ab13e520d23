import { render } from 'preact'
import '../ui/base.css'
import './popup.css'
import { loadUiLanguage, uiLanguage } from '../ui/i18n.ts'
import { App } from './App.tsx'

await loadUiLanguage()
document.documentElement.lang = uiLanguage()
render(<App />, document.getElementById('app')!)
