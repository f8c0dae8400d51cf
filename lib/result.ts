// The typed result every write returns: data on success, an HTTP status and a message on failure.

export type Failure = {
  ok: false;
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429;
  error: string;
  fieldErrors?: Record<string, string>;
  /** Extra facts for the caller to show, e.g. the safety flags that stopped a publish. */
  details?: unknown;
};
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export function fail(
  status: Failure["status"],
  error: string,
  fieldErrors?: Record<string, string>,
): Failure {
  return fieldErrors ? { ok: false, status, error, fieldErrors } : { ok: false, status, error };
}
