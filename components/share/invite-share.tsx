"use client";
// A new invite link, ready to pass on: the link, a copy button, a QR code to show on a phone or a
// slide, and e-mail and WhatsApp messages with the link in them. The QR code is drawn here, in the
// browser (the link is a secret: it is never sent back to the server to be drawn).
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { CopyLinkButton } from "./copy-link";
import { QrFigure } from "./qr-figure";

export function InviteShare({ link, churchName }: { link: string; churchName: string }) {
  const t = useTranslations("churches");
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void import("qrcode").then((QRCode) =>
      QRCode.toString(link, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then((s) => {
        if (live) setSvg(s);
      }),
    );
    return () => {
      live = false;
    };
  }, [link]);
  const message = t("invites.message", { church: churchName, link });
  return (
    <div className="space-y-3">
      <label className="block text-sm">
        <span className="font-semibold">{t("invites.link")}</span>
        <input
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 block w-full rounded-lg border border-line bg-card px-3 py-2"
        />
      </label>
      <div className="flex flex-wrap items-start gap-3">
        <CopyLinkButton link={link} label={t("invites.copy")} />
        <a
          href={`mailto:?subject=${encodeURIComponent(t("invites.subject", { church: churchName }))}&body=${encodeURIComponent(message)}`}
          className="rounded-full border-2 border-line px-4 py-2 font-semibold hover:bg-card"
        >
          {t("invites.email")}
        </a>
        <a
          href={`https://wa.me/?text=${encodeURIComponent(message)}`}
          target="_blank"
          rel="noopener noreferrer"
          className="rounded-full border-2 border-line px-4 py-2 font-semibold hover:bg-card"
        >
          {t("invites.whatsapp")}
        </a>
      </div>
      {svg ? <QrFigure svg={svg} label={t("invites.qr")} text={link} /> : null}
    </div>
  );
}
