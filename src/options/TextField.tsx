interface TextFieldProps {
  /** Also the test id and the base of the hint/error ids. */
  id: string
  label: string
  value: string
  onInput: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  placeholder?: string
  readOnly?: boolean
  autoComplete?: string
  inputMode?: 'numeric' | 'text' | 'url' | 'email'
}

/** A labelled input whose hint and error are tied to it, and whose error is announced when it appears. */
export function TextField(props: TextFieldProps) {
  const { id, error, hint } = props
  const describedBy = [hint ? `${id}-hint` : '', `${id}-error`].filter(Boolean).join(' ')
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        data-testid={id}
        type="text"
        value={props.value}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        autoComplete={props.autoComplete ?? 'off'}
        inputMode={props.inputMode}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {hint && (
        <p id={`${id}-hint`} class="hint muted">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} data-testid={`${id}-error`} class="field-error error-text" aria-live="polite">
        {error}
      </p>
    </div>
  )
}
