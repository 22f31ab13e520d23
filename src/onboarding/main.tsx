import { render } from 'preact'
import '../ui/base.css'
import './onboarding.css'
import { loadUiLanguage, t, uiLanguage } from '../ui/i18n.ts'
import { Onboarding } from './Onboarding.tsx'

await loadUiLanguage()
document.documentElement.lang = uiLanguage()
document.title = t('onboardingTitle')
render(<Onboarding />, document.getElementById('app')!)
