// Every mutating data-layer function against every role: allowed ones succeed, denied ones answer
// 401/403 and leave the database exactly as it was.
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { follows, prayers, users } from "@/db/schema";
import type { Actor, Role } from "@/lib/permissions";
import type { Result } from "@/lib/result";
import { ensureSeeded, makeUser, publicRequestIds } from "@/lib/testing/data-fixtures";
import { getDb } from "./db";
import { recordPrayer, setFollow } from "./prayers";
import { changeUserRole } from "./users";

type Who = "visitor" | Role;
const everyone: Who[] = ["visitor", "member", "leader", "staff", "admin"];

let requestId: number;
beforeAll(async () => {
  await ensureSeeded();
  requestId = (await publicRequestIds())[0]!;
});

async function snapshot() {
  const db = await getDb();
  const [p] = await db.select({ n: count() }).from(prayers);
  const [f] = await db.select({ n: count() }).from(follows);
  const roles = await db.select({ id: users.id, role: users.role }).from(users).orderBy(users.id);
  return { prayers: Number(p!.n), follows: Number(f!.n), roles };
}

const mutations: {
  name: string;
  allowed: Who[];
  run: (actor: Actor | null) => Promise<Result<object>>;
}[] = [
  {
    name: "record a prayer",
    allowed: ["member", "leader", "staff", "admin"],
    run: (a) => recordPrayer(a, requestId),
  },
  {
    name: "follow a request",
    allowed: ["member", "leader", "staff", "admin"],
    run: (a) => setFollow(a, requestId, true),
  },
  {
    name: "change a role",
    allowed: ["admin"],
    run: async (a) => changeUserRole(a, (await makeUser("member")).id, "leader"),
  },
];

describe.each(mutations)("$name", ({ allowed, run }) => {
  it.each(everyone)("as %s", async (who) => {
    const actor = who === "visitor" ? null : await makeUser(who);
    const before = await snapshot();
    const result = await run(actor);
    if (allowed.includes(who)) {
      expect(result.ok).toBe(true);
    } else {
      expect(result).toMatchObject({ ok: false, status: who === "visitor" ? 401 : 403 });
      const after = await snapshot();
      expect(after.prayers).toBe(before.prayers);
      expect(after.follows).toBe(before.follows);
      // Only the target user made for the attempt may be new; no existing role changed.
      expect(after.roles.filter((r) => before.roles.some((b) => b.id === r.id))).toEqual(
        before.roles,
      );
    }
  });
});
