// Auth.js: email + password (Credentials) always, e-mailed sign-in links (Nodemailer) when SMTP_URL is set.
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Nodemailer from "next-auth/providers/nodemailer";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { getDb } from "@/lib/data/db";
import { getActor, verifyCredentials } from "@/lib/data/users";
import { env } from "@/lib/env";
import { consume } from "@/lib/rate-limit";
import { signInSchema } from "@/lib/validation/account";
import { clientIp } from "./ip";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

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
    // Credentials sign-in needs JWT sessions; the role is still read from the database on every check.
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    trustHost: true,
    logger: {
      // A wrong password is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if (error.name === "CredentialsSignin" || error.name === "RateLimitedSignIn") return;
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
          // Limited per IP and per email, whichever route the attempt came by.
          const limit = await consume("sign-in", [
            `ip:${clientIp(request.headers)}`,
            `email:${email}`,
          ]);
          if (!limit.ok) throw new RateLimitedSignIn();
          if (!parsed.success) return null;
          const user = await verifyCredentials(parsed.data.email, parsed.data.password);
          return user ? { id: user.id, name: user.name, email: user.email } : null;
        },
      }),
      ...(SMTP_URL ? [Nodemailer({ server: SMTP_URL, from: MAIL_FROM })] : []),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        const actor = await getActor(token.sub);
        if (actor) {
          session.user.id = actor.id;
          session.user.role = actor.role;
          session.user.name = actor.name;
          session.user.email = actor.email;
        }
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);
