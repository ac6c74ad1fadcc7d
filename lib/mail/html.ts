import "server-only";
import { directionOf } from "@/lib/i18n/locales";
import { defaultLocale, type Locale } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

/** Escapes text for HTML. Every value interpolated into an email's HTML goes through here. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Marks a string as already-safe HTML so `html` does not escape it again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

/** Tagged template: interpolated strings are escaped, SafeHtml and arrays of SafeHtml are not. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const render = (v: unknown): string =>
    v instanceof SafeHtml ? v.value : Array.isArray(v) ? v.map(render).join("") : v == null ? "" : escapeHtml(String(v));
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ""), ""));
}

/**
 * The frame and the buttons every email shares, in the locale's words (mail.frame in the
 * catalogue) and its direction: `const { layout, button } = await mailFrame(locale);`.
 * The direction is set on <html> and again on the content box, since webmail drops <html>.
 */
export async function mailFrame(locale: Locale = defaultLocale) {
  const t = await translatorFor("mail.frame", locale);
  const dir = directionOf(locale);
  return {
    /** The shared frame of every email: plain, readable, no remote images. */
    layout: (title: string, body: SafeHtml): string =>
      html`<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="margin:0;padding:24px;background:#f6f5f2;font-family:system-ui,-apple-system,'Segoe UI',sans-serif;color:#1d1d1b;line-height:1.5">
<div dir="${dir}" style="max-width:560px;margin:0 auto;background:#fff;border:1px solid #e2e0da;border-radius:8px;padding:28px">
${body}
</div></body></html>`.value,
    /** A call-to-action link. `id` is stable so tests and people can find the link. */
    button: (href: string, label: string, id: string): SafeHtml =>
      html`<p style="margin:24px 0"><a id="${id}" href="${href}" style="display:inline-block;background:#1f4e79;color:#fff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600">${label}</a></p>
<p style="font-size:13px;color:#5c5b57">${t("copyLink")}<br><span style="word-break:break-all">${href}</span></p>`,
  };
}
