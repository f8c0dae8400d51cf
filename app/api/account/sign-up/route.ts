// Sign-up: a new member account, then signed straight in. (It may say an address is taken: people
// must be able to pray the minute they join, in church.)
import { signIn } from "@/lib/auth";
import { clientIp } from "@/lib/auth/ip";
import { createUser } from "@/lib/data/users";
import { jsonRoute } from "@/lib/http";
import { consume } from "@/lib/rate-limit";
import { fail } from "@/lib/result";
import { signUpSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: signUpSchema,
  publicText: false,
  successStatus: 201,
  async run(input, { request }) {
    // Generous per address: a whole congregation signs up on the church's Wi-Fi during a service.
    const limit = await consume("signUpsPerAddress", clientIp(request.headers));
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
