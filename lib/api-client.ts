// Browser-side JSON calls to our route handlers; failures become errors TanStack Query can show.
// Each call says the page's language (<html lang>), so the server answers its messages in it
// (lib/http.ts). The two messages made up here are English: show them through
// useTranslateMessage (lib/i18n/use-translate-message.ts).
import { safeCallbackPath } from "./callback-url";
import { LOCALE_HEADER } from "./i18n/locale-header";

function pageLanguage(): string | null {
  return typeof document === "undefined" ? null : document.documentElement.lang || null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fieldErrors: Record<string, string> = {},
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function sendJson<T = Record<string, unknown>>(
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body: unknown,
): Promise<T> {
  let response: Response;
  try {
    const language = pageLanguage();
    response = await fetch(url, {
      method,
      headers: {
        "Content-Type": "application/json",
        ...(language ? { [LOCALE_HEADER]: language } : {}),
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("Could not reach Intercede. Check your connection and try again.", 0);
  }
  const data = (await response.json().catch(() => ({}))) as {
    error?: string;
    fieldErrors?: Record<string, string>;
    details?: unknown;
  };
  if (!response.ok) {
    throw new ApiError(
      data.error ?? `Something went wrong (${response.status}).`,
      response.status,
      data.fieldErrors,
      data.details,
    );
  }
  return data as T;
}

/** Only same-site paths are followed after sign-in, never another site (lib/callback-url.ts). */
export function safeCallbackUrl(value: string | null | undefined): string {
  const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;
  return safeCallbackPath(value, origin);
}
