interface SelectFieldProps<T extends string> {
  /** Also the test id. */
  id: string
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  error?: string | undefined
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const { id, error } = props
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        data-testid={id}
        value={props.value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={`${id}-error`}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`${id}-error`} class="field-error error-text" aria-live="polite">
        {error}
      </p>
    </div>
  )
}
