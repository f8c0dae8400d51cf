// Signs each role in once and saves its cookies for the tests (storageState).
import { randomInt } from "node:crypto";
import { expect, test as setup } from "@playwright/test";
import { storageStateOf, type Role } from "./fixtures";
import { E2E_USERS } from "./users";

for (const role of Object.keys(E2E_USERS) as Role[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = E2E_USERS[role];
    const response = await page.request.post("/api/account/sign-in", {
      data: { email: user.email, password: user.password },
      headers: { "x-forwarded-for": `10.99.${randomInt(256)}.${randomInt(1, 255)}` },
    });
    expect(response.status()).toBe(200);
    await page.context().storageState({ path: storageStateOf(role) });
  });
}
