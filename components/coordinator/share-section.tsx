import { getTranslations } from "next-intl/server";

/**
 * What a coordinator gives partners to show the letter on their sites: the letter's address, the
 * card to frame, the badge, and the share image, all for one language (the workspace's). Plain
 * read-only fields: select and copy, no script needed. Public letters only (a draft has none).
 */
export async function ShareSection({ letterUrl }: { letterUrl: string }) {
  const t = await getTranslations("embed");
  const codes = [
    { id: "share-link", label: t("codeLink"), value: letterUrl },
    {
      id: "share-card",
      label: t("codeCard"),
      value: `<iframe src="${letterUrl}/embed" title="${t("label")}" width="480" height="200" style="border:0"></iframe>`,
    },
    { id: "share-badge", label: t("codeBadge"), value: `<a href="${letterUrl}"><img src="${letterUrl}/badge.svg" alt="${t("label")}"></a>` },
    { id: "share-image", label: t("codeImage"), value: `${letterUrl}/share.png` },
  ];
  return (
    <section aria-labelledby="share-heading" className="stack">
      <h2 id="share-heading">{t("shareHeading")}</h2>
      <p>{t("shareIntro")}</p>
      {codes.map((code) => (
        <div key={code.id} className="field">
          <label htmlFor={code.id}>{code.label}</label>
          <textarea id={code.id} readOnly rows={code.value.length > 90 ? 3 : 1} dir="ltr" value={code.value} className="code" />
        </div>
      ))}
    </section>
  );
}
