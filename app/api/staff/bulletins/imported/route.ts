// Staff ask, before saving an import, whether the bulletin they pasted is already here (the import
// view warns). A lookup sent as POST for its body; it writes nothing and publishes nothing.
import { findImportedBulletins } from "@/lib/data/staff";
import { jsonRoute } from "@/lib/http";
import { importedSchema } from "@/lib/validation/bulletins";

export const POST = jsonRoute({
  schema: importedSchema,
  publicText: false,
  run: (input, { actor }) => findImportedBulletins(actor, input.bodies),
});
