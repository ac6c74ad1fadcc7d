import { getFormatter, getTranslations } from "next-intl/server";
import { LocalLink } from "@/components/ui/local-link";
import { publicDeliveries } from "@/lib/deliveries/queries";

/**
 * "Delivered to … on …" under a letter's header, one line per delivery (the letter, then any
 * supplements), each with the PDF as delivered and the delivery's public record. Nothing when the
 * letter was never delivered.
 */
export async function Deliveries({ letterId, slug }: { letterId: string; slug: string }) {
  const deliveries = await publicDeliveries(letterId);
  if (deliveries.length === 0) return null;
  const t = await getTranslations("delivery.summary");
  const format = await getFormatter();
  return (
    <section aria-labelledby="deliveries-heading" className="notice deliveries" data-deliveries>
      <h2 id="deliveries-heading" className="visually-hidden">{t("heading")}</h2>
      <ul>
        {deliveries.map((d) => {
          const base = `/letters/${slug}/deliveries/${d.sequence}`;
          const words = { recipient: d.recipient, date: format.dateTime(d.deliveredAt, { dateStyle: "long", timeZone: "UTC" }), sequence: d.sequence };
          return (
            <li key={d.sequence} data-sequence={d.sequence}>
              <span>{d.sequence === 1 ? t("delivered", words) : t("supplement", words)}</span>{" "}
              <LocalLink href={`${base}/letter.pdf`}>{t("pdf")}</LocalLink>{" · "}
              <LocalLink href={base}>{t("record")}</LocalLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
