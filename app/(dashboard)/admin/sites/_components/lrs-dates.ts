/** "never", or the date and time in UTC (the admin tables show instants, not relative times). */
export function formatDistanceToNowish(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never';
}
