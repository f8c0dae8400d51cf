// Email + password sign-in: one message for an unknown email and a wrong password; 429 when rate limited.
import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { jsonRoute } from "@/lib/http";
import { fail } from "@/lib/result";
import { signInSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: signInSchema,
  async run(input) {
    try {
      await signIn("credentials", {
        email: input.email,
        password: input.password,
        redirect: false,
      });
      return { ok: true };
    } catch (error) {
      if (error instanceof CredentialsSignin) {
        if (error.code === "rate_limited") {
          return {
            ...fail(429, "Too many sign-in attempts. Please wait a minute and try again."),
            headers: { "Retry-After": "60" },
          };
        }
        return fail(401, "Wrong email or password.");
      }
      throw error;
    }
  },
});
