// Auth.js: email + password (Credentials) always, e-mailed sign-in links (Nodemailer) when SMTP_URL is set.
// Each sign-in opens a session row (lib/data/sessions.ts) named in the cookie; every check reads it,
// so a session that was ended — by signing out, a password change, a role change, deactivation or
// "sign out everywhere" — is worthless at once, and its cookie is cleared.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { getDb } from "@/lib/data/db";
import {
  endSession,
  getSessionActor,
  SESSION_LIFETIME_SECONDS,
  startSession,
} from "@/lib/data/sessions";
import { isActiveUser, verifyCredentials } from "@/lib/data/users";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/callback-url";
import { siteUrl } from "@/lib/site";
import { signInSchema } from "@/lib/validation/account";
import { clientIp } from "./ip";
import { guardedSignIn } from "./sign-in-guard";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

// Auth.js builds its links (e-mailed sign-in links, redirects) from AUTH_URL: the app's own APP_URL,
// never from a Host or X-Forwarded-Host header a client could choose.
process.env.AUTH_URL ??= `${siteUrl()}/api/auth`;

async function config(): Promise<NextAuthConfig> {
  const { SMTP_URL, MAIL_FROM, NODE_ENV } = env();
  const db = await getDb();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in needs JWT sessions; each one names its session row (checked every time).
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SECONDS },
    trustHost: true,
    logger: {
      // A wrong password or a form without its CSRF token is an expected outcome of bad input,
      // not a server error worth a stack trace.
      error(error) {
        const expected = ["CredentialsSignin", "RateLimitedSignIn", "MissingCSRF"];
        if (
          expected.includes(error.name) ||
          expected.includes((error as { type?: string }).type ?? "")
        )
          return;
        console.error(error);
      },
    },
    useSecureCookies: NODE_ENV === "production" && process.env.AUTH_INSECURE_COOKIES !== "1",
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in?sent=1", error: "/sign-in" },
    providers: [
      Credentials({
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials, request) {
          const parsed = signInSchema.safeParse(credentials);
          const email = parsed.success
            ? parsed.data.email
            : String(credentials?.email ?? "")
                .slice(0, 254)
                .toLowerCase();
          const outcome = await guardedSignIn(
            {
              email,
              password: parsed.success ? parsed.data.password : "",
              address: clientIp(request.headers),
            },
            (e, p) => (parsed.success ? verifyCredentials(e, p) : Promise.resolve(null)),
          );
          if (!outcome.ok && outcome.reason === "limited") throw new RateLimitedSignIn();
          if (!outcome.ok) return null;
          return { id: outcome.user.id, name: outcome.user.name, email: outcome.user.email };
        },
      }),
      ...(SMTP_URL
        ? [
            Nodemailer({
              server: SMTP_URL,
              from: MAIL_FROM,
              // The link goes straight to SMTP (never into the outbox admins can read), in the
              // language the account chose (English for an address with no account yet).
              async sendVerificationRequest({ identifier, url }) {
                const { signInLinkMail } = await import("@/lib/email-i18n");
                const { accountLocale } = await import("@/lib/data/notifications");
                const { smtpSend } = await import("@/lib/mail");
                const mail = signInLinkMail(
                  identifier,
                  url,
                  await accountLocale({ email: identifier }),
                );
                await smtpSend(mail, { url: SMTP_URL, from: MAIL_FROM });
              },
            }),
          ]
        : []),
    ],
    callbacks: {
      // A deactivated account cannot sign in by any provider.
      async signIn({ user }) {
        return user.id ? isActiveUser(user.id) : true;
      },
      // Only ever a path on this site, at APP_URL's own origin (Auth.js's baseUrl may spell a
      // loopback address differently, which would make the next write look cross-site).
      async redirect({ url, baseUrl }) {
        return `${new URL(siteUrl()).origin}${safeCallbackPath(url, baseUrl)}`;
      },
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = await startSession(user.id);
        }
        // One indexed look-up: the session must still be open and its person active.
        const actor = await getSessionActor(token.sub, token.sid);
        if (!actor) return null;
        token.role = actor.role;
        token.name = actor.name;
        token.email = actor.email;
        return token;
      },
      async session({ session, token }) {
        if (token.sub && token.role) {
          session.user.id = token.sub;
          session.user.role = token.role;
          session.user.name = token.name ?? null;
          session.user.email = token.email ?? "";
        }
        return session;
      },
    },
    events: {
      async signOut(message) {
        if ("token" in message) await endSession(message.token?.sid);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
