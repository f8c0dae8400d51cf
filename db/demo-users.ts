// Development only: one demo account per role, so every part of the app can be tried at once.
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/permissions";
import type { Database } from "./client";
import { users } from "./schema";

export const DEMO_USERS: { email: string; password: string; role: Role; name: string }[] = [
  {
    email: "member@intercede.test",
    password: "demo-member-pass",
    role: "member",
    name: "Mary Member",
  },
  {
    email: "leader@intercede.test",
    password: "demo-leader-pass",
    role: "leader",
    name: "Luke Leader",
  },
  { email: "staff@intercede.test", password: "demo-staff-pass", role: "staff", name: "Sam Staff" },
  { email: "admin@intercede.test", password: "demo-admin-pass", role: "admin", name: "Ada Admin" },
];

/** Adds the demo accounts that are missing; refuses outright in production. */
export async function seedDemoUsers(db: Database): Promise<void> {
  if (process.env.NODE_ENV === "production")
    throw new Error("Demo accounts are never created in production.");
  for (const demo of DEMO_USERS) {
    await db
      .insert(users)
      .values({
        email: demo.email,
        name: demo.name,
        role: demo.role,
        passwordHash: await hashPassword(demo.password),
      })
      .onConflictDoNothing({ target: users.email });
  }
}
