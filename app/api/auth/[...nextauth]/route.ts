// Auth.js's own endpoints (session, CSRF, callbacks, sign-out, e-mail links).
import { handlers } from "@/lib/auth";

export const { GET, POST } = handlers;
