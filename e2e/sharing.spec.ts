// Sharing: the Share button (the phone's share sheet, else a copied link with a confirmation), the
// pictures a shared link shows (Open Graph, next/og), the bulletin's QR code, and invite links ready
// to pass on (copy, QR code, e-mail, WhatsApp).
import QRCode from "qrcode";
import type { Page } from "@playwright/test";
import { checkAccessibility, expect, test } from "./fixtures";

async function firstRequestPath(page: Page): Promise<string> {
  await page.goto("/requests");
  const href = await page.locator('main a[href^="/requests/"]').first().getAttribute("href");
  expect(href).toMatch(/^\/requests\/\d+$/);
  return href!;
}

/** The PNG an og:image of the page answers with. */
async function expectOgImage(page: Page) {
  const url = await page.locator('meta[property="og:image"]').first().getAttribute("content");
  expect(url).toBeTruthy();
  const response = await page.request.get(url!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const body = await response.body();
  expect(body.subarray(1, 4).toString()).toBe("PNG");
}

test("Share on a request copies its address, with a confirmation, where there is no share sheet", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  const path = await firstRequestPath(page);
  await page.goto(path);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${path}`);
  await checkAccessibility(page);
  await expectOgImage(page);
});

test("Share on a request opens the phone's share sheet with its title and address", async ({
  page,
  baseURL,
}) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(navigator, "share", {
      value: async (data: ShareData) => void shared.push(data),
    });
  });
  const path = await firstRequestPath(page);
  await page.goto(`/es${path}`);
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  await page.getByRole("button", { name: "Compartir" }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared))
    .toEqual([{ title, url: `${baseURL}/es${path}` }]);
  await expect(page.getByText("Enlace copiado.")).toHaveCount(0);
});

test("a bulletin carries a QR code of its own address and a picture for shared links", async ({
  page,
  baseURL,
}) => {
  await page.goto("/bulletins");
  const href = await page.locator('main a[href^="/bulletins/"]').first().getAttribute("href");
  await page.goto(href!);
  const qr = page.getByRole("img", { name: "QR code that opens this bulletin" });
  await expect(qr).toBeVisible();
  const address = `${baseURL}${href}`;
  await expect(page.getByText(address, { exact: true })).toBeVisible();
  // The code on the page is the code of that address.
  const expected = await QRCode.toString(address, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
  });
  const path = (svg: string) => /<path[^>]*stroke[^>]*d="([^"]+)"/.exec(svg)?.[1];
  expect(path(await qr.innerHTML())).toBe(path(expected));
  await checkAccessibility(page);
  await expectOgImage(page);
  // No picture for a bulletin that is not there.
  expect((await page.request.get("/bulletins/999999/opengraph-image")).status()).toBe(404);
});

test("a leader's new invite link can be copied, scanned, e-mailed or sent on WhatsApp", async ({
  asRole,
  baseURL,
}, testInfo) => {
  const leader = await asRole("leader");
  await leader.context().grantPermissions(["clipboard-read", "clipboard-write"], {
    origin: baseURL,
  });
  const name = `Share Chapel ${testInfo.project.name} ${Date.now().toString(36)}`;
  const created = await leader.request.post("/api/churches", {
    data: { name, city: "Leeds", country: "United Kingdom", timeZone: "Europe/London" },
  });
  expect(created.status()).toBe(201);
  const { churchId } = (await created.json()) as { churchId: number };
  await leader.goto(`/churches/${churchId}`);
  await leader.getByRole("button", { name: "Create an invite link" }).click();
  const link = await leader.getByLabel("Invite link").inputValue();
  expect(link).toMatch(/\/join\/\S+$/);
  await leader.getByRole("button", { name: "Copy the invite link" }).click();
  await expect(leader.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await leader.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(leader.getByRole("img", { name: "QR code to join the church" })).toBeVisible();
  const mail = await leader.getByRole("link", { name: "Send by e-mail" }).getAttribute("href");
  expect(decodeURIComponent(mail!)).toContain(link);
  expect(mail).toMatch(/^mailto:\?subject=/);
  const whatsapp = await leader
    .getByRole("link", { name: "Send on WhatsApp" })
    .getAttribute("href");
  expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
  expect(decodeURIComponent(whatsapp!)).toContain(link);
  await checkAccessibility(leader);
});
