// Tree-sitter node kinds, per grammar, that the structural analysis reads. Kinds of different grammars
// do not clash in meaning, so most sets are shared.

/** String literals (outermost node), per language: their text may hold JSON, form data or a URL. */
export const STRING_KINDS: Record<string, readonly string[]> = {
  typescript: ['string', 'template_string'],
  tsx: ['string', 'template_string'],
  javascript: ['string', 'template_string'],
  json: ['string'],
  python: ['string'],
  java: ['string_literal', 'text_block'],
  csharp: [
    'string_literal',
    'verbatim_string_literal',
    'raw_string_literal',
    'interpolated_string_expression',
  ],
  go: ['interpreted_string_literal', 'raw_string_literal'],
  ruby: ['string', 'heredoc_body'],
  php: ['encapsed_string', 'string', 'heredoc', 'nowdoc'],
  bash: ['string', 'raw_string', 'word', 'heredoc_body', 'ansi_c_string'],
  kotlin: ['string_literal', 'multiline_string_literal'],
  swift: ['line_string_literal', 'multi_line_string_literal', 'raw_string_literal'],
  rust: ['string_literal', 'raw_string_literal'],
}

/** Leaves that may name a field: identifiers, property names, Ruby symbols, PHP names. */
export const NAME_KINDS = [
  'identifier',
  'property_identifier',
  'shorthand_property_identifier',
  'field_identifier',
  'hash_key_symbol',
  'simple_symbol',
  'constant',
  'name',
  'simple_identifier',
]

/** Parts of a string that are computed at run time. */
export const INTERPOLATIONS = new Set([
  'template_substitution',
  'interpolation',
  'simple_expansion',
  'expansion',
  'command_substitution',
  'variable_name',
  // Kotlin `$base`, Kotlin and Swift `${base}` / `\(base)`.
  'interpolated_identifier',
  'interpolated_expression',
])

/**
 * Comments, which may name the endpoint a function calls (Kotlin's and Swift's block comment is
 * `multiline_comment`).
 */
export const COMMENTS = ['comment', 'line_comment', 'block_comment', 'multiline_comment']

/** Key-value nodes whose first named child is the key and last the value (C#/PHP `Primary: false`). */
export const BINDINGS = new Set([
  'argument',
  'pair',
  'keyed_element',
  'keyword_argument',
  'array_element_initializer',
  'assignment_expression',
  'assignment',
  'assignment_statement',
  // Kotlin `primary = false` and Swift `primary: false` arguments, Kotlin `"primary" to false`, Rust `Body { primary: false }`.
  'value_argument',
  'infix_expression',
  'field_initializer',
])

/** Assignments: a bare variable on the left is a local, not a request field. */
export const ASSIGNMENTS = new Set(['assignment_expression', 'assignment', 'assignment_statement'])

/** Nodes a key sits in as their last (or only) named child: `body["primary"]`, `req.useBackup`, Go's literal_element. */
export const KEY_WRAPPERS = new Set([
  'literal_element',
  'argument',
  'element_binding_expression',
  'bracketed_argument_list',
  'subscript_expression',
  'subscript',
  'index_expression',
  'element_access_expression',
  'element_reference',
  'member_expression',
  'field_access',
  'member_access_expression',
  'selector_expression',
  'attribute',
  'expression_list',
  'implicit_element_access',
  // Kotlin and Swift: positional arguments, labels, `body.primary`; Rust `builder.use_backup`.
  'value_argument',
  'value_argument_label',
  'navigation_suffix',
  'navigation_expression',
  'directly_assignable_expression',
  'field_expression',
])

/** Lists where a key is followed by its value as the next item: put("useBackup", true), C# new { a = 1 }. */
export const SIBLING_LISTS = new Set([
  'arguments',
  'argument_list',
  'initializer_expression',
  'anonymous_object_creation_expression',
  // Kotlin put("primary", false), Swift ["primary": false], Rust json!({"primary": false}) (a token tree).
  'value_arguments',
  'dictionary_literal',
  'token_tree',
])

export const CALLS = new Set([
  'call_expression',
  'call',
  'method_invocation',
  'invocation_expression',
  'function_call_expression',
  'member_call_expression',
  'scoped_call_expression',
  'object_creation_expression',
])

export const ARGUMENT_LISTS = new Set(['arguments', 'argument_list'])

export const FUNCTIONS = new Set([
  'function_declaration',
  'function_definition',
  'function_expression',
  'arrow_function',
  'method_definition',
  'method_declaration',
  'constructor_declaration',
  'local_function_statement',
  'func_literal',
  'method',
  'singleton_method',
  'lambda',
  'lambda_expression',
  'generator_function_declaration',
  'function_item',
  'anonymous_function',
  'init_declaration',
])

/** Types whose fields, with their defaults, are a request body once an instance is sent. */
export const CLASSES = new Set([
  'class_declaration',
  'class_definition',
  'class',
  'record_declaration',
  'struct_declaration',
  'struct_item',
])

/** Typed members with a default: TS `useBackup = true`, C# `bool UseBackup { get; set; } = true`. */
export const MEMBERS = new Set([
  'public_field_definition',
  'field_definition',
  'property_declaration',
  'required_parameter',
  'optional_parameter',
  // Kotlin data class `val primary: Boolean = false`.
  'class_parameter',
])

/** Declarations that give a name to a value: `const ADD_PHONE = '/mfa/setup'`, `mfaSetup: '/v3/mfa/setup'`. */
export const DECLARATIONS = new Set([
  'variable_declarator',
  'assignment',
  'assignment_expression',
  'const_spec',
  'var_spec',
  'short_var_declaration',
  'const_element',
  'pair',
  'keyed_element',
  'variable_assignment',
  'property_element',
  'public_field_definition',
  'field_definition',
  'property_declaration',
  'let_declaration',
  'const_item',
  'static_item',
])

/** Expressions a constant's string may sit in: BASE + '/mfa/setup'. */
export const VALUE_WRAPPERS = new Set([
  'binary_expression',
  'binary_operator',
  'concatenated_string',
  'parenthesized_expression',
  'expression_list',
  'literal_element',
  'concatenation',
  'as_expression',
  'satisfies_expression',
  'property_initializer',
  'additive_expression',
])

/** Values that are structures, not flags: `primary: { host: ... }` in a database config. */
export const STRUCTURES =
  /^(?:object|dictionary|hash|array|list|composite_literal|array_creation_expression|object_creation_expression|anonymous_object_creation_expression|arrow_function|function_expression|lambda|tuple|set|dictionary_literal|struct_expression|lambda_literal|macro_invocation)$/
