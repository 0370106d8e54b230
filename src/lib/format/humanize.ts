/** An enum value as words for a label or badge: "FOLLOW_UP" → "Follow up", "PAST_DUE" → "Past due". */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
