import browser from 'webextension-polyfill'
import { t } from '../ui/i18n.ts'
import { ShortcutList } from '../ui/ShortcutList.tsx'

/**
 * The page shown once after installing: what Kliping does (on a sample paragraph drawn with the same classes and
 * styles the content script uses), that everything stays on the device, and how to export.
 */
export function Onboarding() {
  return (
    <>
      <header>
        <h1>{t('onboardingTitle')}</h1>
        <p>{t('onboardingIntro')}</p>
      </header>
      <section aria-labelledby="sample-heading">
        <h2 id="sample-heading">{t('onboardingSample')}</h2>
        <figure class="sample">
          <p>
            <abbr class="kliping-acronym" data-kliping-expansion="Sekretaris Daerah" data-kliping-source="dictionary" title="Sekretaris Daerah">
              Sekda
            </abbr>
            <span class="kliping-expansion" data-kliping-ui="" data-kliping-text=" (Sekretaris Daerah)" /> meminta seluruh perangkat daerah menuntaskan laporan
            realisasi anggaran.{' '}
            <span class="kliping-quote" data-kliping-quote-id="q1" data-kliping-speaker={t('sampleSpeaker')} data-kliping-speaker-slot="1" tabIndex={0}>
              “Laporan harus masuk sebelum akhir bulan,”
            </span>{' '}
            ujarnya. <span class="kliping-highlight" data-kliping-color="green">Rapat evaluasi digelar setiap pekan.</span>
          </p>
        </figure>
        <ol class="steps">
          <li>{t('onboardingStepPromos')}</li>
          <li>{t('onboardingStepAcronyms')}</li>
          <li>{t('onboardingStepQuotes')}</li>
          <li>{t('onboardingStepHighlights')}</li>
        </ol>
      </section>
      <ShortcutList />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">{t('storageHeading')}</h2>
        <p>{t('onboardingPrivacy')}</p>
        <p>{t('onboardingExport')}</p>
      </section>
      <p>
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('onboardingSettings')}
        </button>
      </p>
    </>
  )
}
