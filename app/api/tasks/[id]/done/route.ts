// Tick or untick a task: leaders any task, a member the ones assigned to them.
import { setTaskDone } from "@/lib/data/church-tasks";
import { jsonRoute } from "@/lib/http";
import { taskDoneSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const PUT = jsonRoute<typeof taskDoneSchema, { id: string }>({
  schema: taskDoneSchema,
  publicText: false,
  run: (input, { actor, params }) => setTaskDone(actor, parseId(params.id) ?? 0, input.done),
});
