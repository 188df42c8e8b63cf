/** Fill `{name}` placeholders in a pre-translated template (islands get templates, not i18next). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
