// The accounts the end-to-end server is started with (created by `npm run user:add`, never by the seed).
export const E2E_USERS = {
  member: {
    email: "e2e-member@intercede.test",
    password: "e2e-member-password",
    name: "Erin Member",
  },
  staff: { email: "e2e-staff@intercede.test", password: "e2e-staff-password", name: "Ezra Staff" },
  admin: { email: "e2e-admin@intercede.test", password: "e2e-admin-password", name: "Edith Admin" },
  leader: {
    email: "e2e-leader@intercede.test",
    password: "e2e-leader-password",
    name: "Eli Leader",
  },
} as const;
