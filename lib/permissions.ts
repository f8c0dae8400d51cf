// Who may do what: the one function every server action and route handler asks before it writes.

export const ROLES = ["member", "leader", "staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  id: string;
  role: Role;
  /** The person's IANA time zone, when the caller read it (route handlers do, with the session). */
  timeZone?: string;
}

/** A church as permissions see it: only the actor's own standing in it matters. */
export interface ChurchStanding {
  /** The actor's role in this church, or null when they are not in it. */
  membership: "leader" | "member" | null;
}

export type Permission =
  | { action: "prayer.create" }
  | { action: "follow.set" }
  | { action: "me.read" }
  | { action: "bulletin.write" }
  | { action: "request.write" }
  | { action: "engagement.read" }
  | { action: "user.list" }
  | { action: "user.changeRole" }
  | { action: "user.deactivate" }
  | { action: "outbox.read" }
  | { action: "church.create" }
  | { action: "church.join" }
  | { action: "church.manage"; church: ChurchStanding }
  | { action: "church.read"; church: ChurchStanding }
  | { action: "church.activity.read"; church: ChurchStanding }
  | { action: "task.tick"; church: ChurchStanding; assigneeId: string | null }
  | { action: "reminder.set"; ownerId: string };

export type Action = Permission["action"];

export type Decision = { ok: true } | { ok: false; status: 401 | 403; error: string };

const allow: Decision = { ok: true };
const signInFirst: Decision = { ok: false, status: 401, error: "Please sign in first." };
const forbid = (error: string): Decision => ({ ok: false, status: 403, error });

const rank: Record<Role, number> = { member: 0, leader: 1, staff: 2, admin: 3 };

/** Decides whether `actor` (null for a visitor) may do `permission`. */
export function authorize(actor: Actor | null, permission: Permission): Decision {
  if (!actor) return signInFirst;
  const isStaff = rank[actor.role] >= rank.staff;
  const isAdmin = actor.role === "admin";
  switch (permission.action) {
    case "prayer.create":
    case "follow.set":
    case "me.read":
    case "church.join":
      return allow;
    case "bulletin.write":
    case "request.write":
    case "engagement.read":
      return isStaff ? allow : forbid("Only the mission's staff can do this.");
    case "user.list":
    case "user.changeRole":
    case "user.deactivate":
    case "outbox.read":
      return isAdmin ? allow : forbid("Only an administrator can do this.");
    case "church.create":
      return actor.role === "leader" || isAdmin
        ? allow
        : forbid("Only church leaders can register a church.");
    case "church.manage":
    case "church.activity.read":
      // A leader manages only their own church; admins may help any church. Someone demoted from
      // leader (their role is read fresh) keeps their place in the church but loses its powers.
      return (permission.church.membership === "leader" && rank[actor.role] >= rank.leader) ||
        isAdmin
        ? allow
        : forbid("Only this church's leaders can do this.");
    case "church.read":
      return permission.church.membership !== null || isAdmin
        ? allow
        : forbid("Only this church's members can see its plan.");
    case "reminder.set":
      // Prayer reminders and the devices they go to are the person's own, whatever their role.
      return permission.ownerId === actor.id
        ? allow
        : forbid("You can change only your own reminders.");
    case "task.tick": {
      const { church, assigneeId } = permission;
      if ((church.membership === "leader" && rank[actor.role] >= rank.leader) || isAdmin)
        return allow;
      return church.membership === "member" && assigneeId === actor.id
        ? allow
        : forbid("You can tick only the tasks assigned to you.");
    }
  }
}

/** authorize() for writes: the signed-in actor when allowed, else the failure to return as is. */
export function permit(
  actor: Actor | null,
  permission: Permission,
): { ok: true; actor: Actor } | { ok: false; status: 401 | 403; error: string } {
  const decision = authorize(actor, permission);
  if (!decision.ok) return decision;
  if (!actor) return { ok: false, status: 401, error: "Please sign in first." };
  return { ok: true, actor };
}
