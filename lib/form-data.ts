// Reads a submitted form's text fields into a plain object (forms stay uncontrolled, so typing
// before React hydrates is never lost).
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === "string") values[key] = value;
  });
  return values;
}
