// Sign-up: a new member account, then signed straight in.
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/ip";
import { createUser } from "@/lib/data/users";
import { jsonRoute } from "@/lib/http";
import { consume } from "@/lib/rate-limit";
import { fail } from "@/lib/result";
import { signUpSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: signUpSchema,
  successStatus: 201,
  async run(input, { request }) {
    const limit = await consume("sign-up", [
      `ip:${clientIp(request.headers)}`,
      `email:${input.email}`,
    ]);
    if (!limit.ok) {
      return {
        ...fail(429, "Too many sign-up attempts. Please wait a minute and try again."),
        headers: { "Retry-After": String(limit.retryAfterSeconds) },
      };
    }
    const created = await createUser(input);
    if (!created.ok) return created;
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
    return { ok: true };
  },
});
