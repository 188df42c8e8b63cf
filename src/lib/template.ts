/** Fill `{name}` placeholders in a pre-translated template (islands get templates, not i18next). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** A game's translate function over templates from `templatesUnder`: fills `{{name}}`. */
export function translator(templates: Readonly<Record<string, string>>) {
  return (key: string, values: Record<string, string | number> = {}): string =>
    (templates[key] ?? key).replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
