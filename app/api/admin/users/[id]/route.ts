// Admins change a user's role, or deactivate or reactivate the account; either ends their sessions.
import { changeUserRole, setUserActive } from "@/lib/data/users";
import { jsonRoute } from "@/lib/http";
import { adminUserSchema } from "@/lib/validation/account";

export const PATCH = jsonRoute<typeof adminUserSchema, { id: string }>({
  schema: adminUserSchema,
  publicText: false,
  run: (input, { actor, params }) =>
    input.role !== undefined
      ? changeUserRole(actor, params.id, input.role)
      : setUserActive(actor, params.id, input.active ?? true),
});
