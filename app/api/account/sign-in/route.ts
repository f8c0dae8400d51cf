// Email + password sign-in: one message for an unknown email and a wrong password; 429 when rate limited.
import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { jsonRoute } from "@/lib/http";
import { fail } from "@/lib/result";
import { signInSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: signInSchema,
  publicText: false,
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
            ...fail(
              429,
              "Too many sign-in attempts from here. Please wait a few minutes and try again.",
            ),
            headers: { "Retry-After": "900" },
          };
        }
        return fail(401, "Wrong email or password.");
      }
      throw error;
    }
  },
});
