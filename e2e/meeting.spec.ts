// Prayer meeting mode: a presenter on a projector, two phones that joined by the link; the phones
// follow each move within 2 seconds, their "I prayed" counts, and only the presenter moves it.
import { devices, type Page } from "@playwright/test";
import { checkAccessibility, expect, test, uniqueEmail } from "./fixtures";

async function signUp(page: Page, label: string) {
  const response = await page.request.post("/api/account/sign-up", {
    data: {
      name: `Meeting ${label}`,
      email: uniqueEmail(label),
      password: "a long enough password",
    },
  });
  expect(response.status()).toBe(201);
}

const PRAY_BUTTON = { name: /^(I prayed|Give thanks)$/ };

test("the presenter moves the meeting; two phones follow within 2 seconds and their prayers count", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const contexts = await Promise.all([
    browser.newContext({
      ...devices["Desktop Chrome"],
      viewport: { width: 1280, height: 800 },
      baseURL,
    }),
    browser.newContext({ ...devices["Pixel 7"], baseURL }),
    browser.newContext({ ...devices["Pixel 7"], baseURL }),
  ]);
  try {
    const [presenter, phoneA, phoneB] = await Promise.all(contexts.map((c) => c.newPage()));
    await signUp(presenter!, "presenter");
    await signUp(phoneA!, "phone-a");
    await signUp(phoneB!, "phone-b");
    await presenter!.goto("/pray");
    await presenter!.getByRole("link", { name: "Lead a prayer meeting on a projector" }).click();
    await expect(presenter!).toHaveURL(/\/pray\/present$/);
    await checkAccessibility(presenter!);
    await presenter!.getByRole("button", { name: "Start a prayer meeting" }).click();
    await expect(presenter!).toHaveURL(/\/pray\/present\/[A-Za-z0-9_-]{12}$/);
    const path = new URL(presenter!.url()).pathname;
    const code = path.split("/").pop()!;
    // The QR code (and its text alternative, the address) opens the same meeting on a phone.
    await expect(
      presenter!.getByRole("img", { name: "QR code to follow this prayer meeting on a phone" }),
    ).toBeVisible();
    await expect(presenter!.getByText(`${baseURL}${path}`, { exact: true })).toBeVisible();
    await Promise.all([phoneA!.goto(path), phoneB!.goto(path)]);
    await expect(presenter!.getByTestId("praying-now")).toHaveText("3 praying now", {
      timeout: 5_000,
    });
    await checkAccessibility(presenter!);
    await checkAccessibility(phoneA!);

    // By keyboard (a clicker sends the same keys): the phones follow within 2 seconds.
    const moveTo = async (key: string) => {
      await presenter!.keyboard.press(key);
      const heading = presenter!.getByRole("heading", { level: 2 });
      await expect(heading).toHaveAttribute("id", /^meeting-\d+$/);
      const title = await heading.innerText();
      for (const phone of [phoneA!, phoneB!])
        await expect(phone.getByRole("heading", { level: 2, name: title })).toBeVisible({
          timeout: 2_000,
        });
      return Number((await heading.getAttribute("id"))!.replace("meeting-", ""));
    };
    const first = await moveTo("ArrowRight");
    await expect(presenter!.getByText(/^1 of \d+$/)).toBeVisible();
    const timesOf = async (id: number) =>
      (
        (await (await presenter!.request.get(`/api/counts?ids=${id}`)).json()) as {
          counts: Record<string, { times: number }>;
        }
      ).counts[String(id)]!.times;
    const before = await timesOf(first);
    for (const phone of [phoneA!, phoneB!]) {
      const pray = phone.getByRole("button", PRAY_BUTTON);
      await pray.click();
      await expect(pray).toHaveAttribute("aria-pressed", "true");
    }
    await expect.poll(() => timesOf(first)).toBe(before + 2);
    const second = await moveTo("PageDown");
    expect(second).not.toBe(first);
    await expect(phoneA!.getByText(/^2 of \d+$/)).toBeVisible();
    await presenter!.keyboard.press("PageUp");
    await expect(phoneB!.getByRole("heading", { level: 2 })).toHaveAttribute(
      "id",
      `meeting-${first}`,
      { timeout: 2_000 },
    );

    // Only the presenter moves it; a made-up meeting is not there.
    const refused = await phoneA!.request.put(`/api/meetings/${code}`, { data: { step: 3 } });
    expect(refused.status()).toBe(403);
    const visitor = await browser.newContext({ baseURL });
    try {
      const anonymous = await visitor.request.put(`/api/meetings/${code}`, { data: { step: 3 } });
      expect(anonymous.status()).toBe(401);
    } finally {
      await visitor.close();
    }
    expect((await phoneA!.request.get("/pray/present/AAAAAAAAAAAA")).status()).toBe(404);
    await expect(phoneA!.getByRole("heading", { level: 2 })).toHaveAttribute(
      "id",
      `meeting-${first}`,
    );
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }
});
