// Edit a checklist task: title, due date, who does it.
import { updateTask } from "@/lib/data/church-tasks";
import { jsonRoute } from "@/lib/http";
import { taskUpdateSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const PATCH = jsonRoute<typeof taskUpdateSchema, { id: string }>({
  schema: taskUpdateSchema,
  publicText: false,
  run: (input, { actor, params }) => updateTask(actor, parseId(params.id) ?? 0, input),
});
