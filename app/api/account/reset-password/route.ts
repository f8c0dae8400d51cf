// Sets a new password with a one-time, expiring reset token.
import { resetPassword } from "@/lib/data/users";
import { jsonRoute } from "@/lib/http";
import { resetPasswordSchema } from "@/lib/validation/account";

export const POST = jsonRoute({
  schema: resetPasswordSchema,
  publicText: false,
  run: (input) => resetPassword(input.token, input.password),
});
