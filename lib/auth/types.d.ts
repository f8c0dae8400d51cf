// The session as Intercede uses it: the user's id and role next to Auth.js's defaults, and the
// session row the cookie names.
import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/permissions";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role } & DefaultSession["user"];
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** The session row (lib/data/sessions.ts) this cookie stands for. */
    sid?: string;
    role?: Role;
  }
}
