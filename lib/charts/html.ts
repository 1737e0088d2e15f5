// ECharts tooltips render HTML strings, and labels here come from visitors' URLs and event names:
// everything user-supplied is escaped before it goes into one.
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
