/** A text field's value from FormData: '' when absent or when the entry is a file. */
export function formText(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value : '';
}
