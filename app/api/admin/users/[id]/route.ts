// Admins change a user's role.
import { changeUserRole } from "@/lib/data/users";
import { jsonRoute } from "@/lib/http";
import { changeRoleSchema } from "@/lib/validation/account";

export const PATCH = jsonRoute<typeof changeRoleSchema, { id: string }>({
  schema: changeRoleSchema,
  run: (input, { actor, params }) => changeUserRole(actor, params.id, input.role),
});
