// Add a task to a Freedom Sunday checklist.
import { addTask } from "@/lib/data/church-tasks";
import { jsonRoute } from "@/lib/http";
import { taskSchema } from "@/lib/validation/churches";
import { parseId } from "@/lib/validation/ids";

export const POST = jsonRoute<typeof taskSchema, { id: string }>({
  schema: taskSchema,
  publicText: false,
  successStatus: 201,
  run: (input, { actor, params }) => addTask(actor, parseId(params.id) ?? 0, input),
});
