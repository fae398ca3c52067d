/**
 * Writes a header and rows as RFC 4180 CSV with `\n` line ends and a final newline. Fields with a
 * comma, quote or line break are quoted (absolute photo paths may contain any of them).
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (fields: readonly (string | number)[]): string => fields.map(escapeField).join(',');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

function escapeField(field: string | number): string {
  const text = String(field);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
