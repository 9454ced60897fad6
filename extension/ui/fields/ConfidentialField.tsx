import { t } from '../../lib/i18n'

export function ConfidentialField({ value, onChange }: { value: boolean; onChange: (v: boolean) => void }) {
  return (
    <div class="field checkbox-field">
      <label>
        <input type="checkbox" checked={value} onChange={(e) => onChange(e.currentTarget.checked)} /> {t('fieldConfidential')}
      </label>
      <p class="hint">{t('confidentialHint')}</p>
    </div>
  )
}
