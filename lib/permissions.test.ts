// Every permission against every kind of person: visitor, member, leaders in and out of the church, staff, admin.
import { describe, expect, it } from "vitest";
import { authorize, type Actor, type Permission } from "./permissions";

type Who =
  "visitor" | "member" | "leaderHere" | "leaderElsewhere" | "memberHere" | "staff" | "admin";

const people: Record<Who, { actor: Actor | null; membership: "leader" | "member" | null }> = {
  visitor: { actor: null, membership: null },
  member: { actor: { id: "m", role: "member" }, membership: null },
  memberHere: { actor: { id: "mh", role: "member" }, membership: "member" },
  leaderHere: { actor: { id: "lh", role: "leader" }, membership: "leader" },
  leaderElsewhere: { actor: { id: "le", role: "leader" }, membership: null },
  staff: { actor: { id: "s", role: "staff" }, membership: null },
  admin: { actor: { id: "a", role: "admin" }, membership: null },
};

const everyoneSignedIn: Who[] = [
  "member",
  "memberHere",
  "leaderHere",
  "leaderElsewhere",
  "staff",
  "admin",
];

const table: {
  permission: (membership: "leader" | "member" | null) => Permission;
  allowed: Who[];
}[] = [
  { permission: () => ({ action: "prayer.create" }), allowed: everyoneSignedIn },
  { permission: () => ({ action: "follow.set" }), allowed: everyoneSignedIn },
  { permission: () => ({ action: "me.read" }), allowed: everyoneSignedIn },
  { permission: () => ({ action: "church.join" }), allowed: everyoneSignedIn },
  { permission: () => ({ action: "bulletin.write" }), allowed: ["staff", "admin"] },
  { permission: () => ({ action: "request.write" }), allowed: ["staff", "admin"] },
  { permission: () => ({ action: "engagement.read" }), allowed: ["staff", "admin"] },
  { permission: () => ({ action: "user.list" }), allowed: ["admin"] },
  { permission: () => ({ action: "user.changeRole" }), allowed: ["admin"] },
  { permission: () => ({ action: "outbox.read" }), allowed: ["admin"] },
  {
    permission: () => ({ action: "church.create" }),
    allowed: ["leaderHere", "leaderElsewhere", "admin"],
  },
  {
    permission: (membership) => ({ action: "church.manage", church: { membership } }),
    allowed: ["leaderHere", "admin"],
  },
  {
    permission: (membership) => ({ action: "church.activity.read", church: { membership } }),
    allowed: ["leaderHere", "admin"],
  },
  {
    permission: (membership) => ({ action: "church.read", church: { membership } }),
    allowed: ["leaderHere", "memberHere", "admin"],
  },
  {
    permission: (membership) => ({ action: "task.tick", church: { membership }, assigneeId: "mh" }),
    allowed: ["leaderHere", "memberHere", "admin"],
  },
  {
    permission: (membership) => ({
      action: "task.tick",
      church: { membership },
      assigneeId: "someone-else",
    }),
    allowed: ["leaderHere", "admin"],
  },
  { permission: () => ({ action: "reminder.set", ownerId: "mh" }), allowed: ["memberHere"] },
];

describe("authorize", () => {
  for (const row of table) {
    const sample = row.permission(null);
    for (const who of Object.keys(people) as Who[]) {
      const expected = row.allowed.includes(who);
      it(`${sample.action}${"assigneeId" in sample ? ` (task of ${sample.assigneeId})` : ""}: ${who} is ${expected ? "allowed" : "refused"}`, () => {
        const { actor, membership } = people[who];
        const decision = authorize(actor, row.permission(membership));
        if (expected) {
          expect(decision).toEqual({ ok: true });
        } else {
          expect(decision.ok).toBe(false);
          if (!decision.ok) expect(decision.status).toBe(actor ? 403 : 401);
        }
      });
    }
  }
});
