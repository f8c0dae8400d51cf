// A QR code as inline SVG (no request, no script), with its text alternative: the address it opens,
// which is also printed under it.
import QRCode from "qrcode";
import { QrFigure } from "./qr-figure";

/** The SVG of a QR code for `text` (also used by tests to check what a page's code holds). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}

/** A server-rendered QR code for `url`. */
export async function QrCode({ url, label }: { url: string; label: string }) {
  return <QrFigure svg={await qrSvg(url)} label={label} text={url} />;
}
