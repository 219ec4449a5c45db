import { useState } from 'preact/hooks'
import { applyPreferenceChange, type Preferences } from '../shared/preferences.ts'
import { TextField } from './TextField.tsx'

type NumberKey = 'warnMinutesBefore' | 'keepAliveMaxPings' | 'historyRetentionDays'

interface NumberPreferenceProps {
  id: string
  label: string
  hint: string
  field: NumberKey
  preferences: Preferences
  onChange: (change: Partial<Preferences>) => void
}

/** A whole-number preference: checked as the user types, saved once valid. */
export function NumberPreference({ id, label, hint, field, preferences, onChange }: NumberPreferenceProps) {
  const [text, setText] = useState(String(preferences[field]))
  const [error, setError] = useState<string | undefined>(undefined)
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      inputMode="numeric"
      value={text}
      error={error}
      onInput={(value) => {
        setText(value)
        const change = { [field]: value.trim() === '' ? Number.NaN : Number(value) }
        const checked = applyPreferenceChange(preferences, change)
        setError(checked.ok ? undefined : checked.errors[field])
        if (checked.ok) onChange(change)
      }}
    />
  )
}
