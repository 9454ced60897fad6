import { useId } from 'preact/hooks'
import { LIMITS } from '../../../shared/limits'
import { t } from '../../lib/i18n'

/** Free text, with the categories already in use offered as suggestions. */
export function CategoryField({
  value,
  onChange,
  suggestions,
}: {
  value: string
  onChange: (v: string) => void
  suggestions: readonly string[]
}) {
  const id = useId()
  const listId = `${id}-list`
  return (
    <div class="field">
      <label for={id}>{t('fieldCategory')}</label>
      <input
        id={id}
        type="text"
        list={listId}
        maxLength={LIMITS.categoryChars}
        value={value}
        onInput={(e) => onChange(e.currentTarget.value)}
      />
      <datalist id={listId}>
        {suggestions.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
    </div>
  )
}
