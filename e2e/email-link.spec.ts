// E-mailed sign-in links (Auth.js e-mail provider with Nodemailer): the e2e server sends mail
// through SMTP to scripts/smtp-sink.ts, where this test reads the link and follows it.
import { expect, headerName, test, uniqueEmail } from "./fixtures";

const SINK = `http://127.0.0.1:${process.env.SMTP_SINK_HTTP_PORT ?? 3126}`;

test("an e-mailed sign-in link signs the person in", async ({ page, browser, baseURL }) => {
  const email = uniqueEmail("linked");
  const setup = await browser.newContext({ baseURL });
  const created = await setup.request.post("/api/account/sign-up", {
    data: { name: "Lina Link", email, password: "a long enough password" },
  });
  expect(created.status()).toBe(201);
  await setup.close();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link instead" }).click();
  await expect(page.getByRole("status")).toContainText("Check your email for a sign-in link.");

  let link: string | undefined;
  await expect
    .poll(async () => {
      const messages = (await (await page.request.get(`${SINK}/messages?to=${email}`)).json()) as {
        text: string;
      }[];
      link = /https?:\/\/\S+\/api\/auth\/callback\/nodemailer\?\S+/.exec(
        messages.at(-1)?.text ?? "",
      )?.[0];
      return Boolean(link);
    })
    .toBe(true);
  await page.goto(link!);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(await headerName(page, "Lina Link")).toBeVisible();
});
