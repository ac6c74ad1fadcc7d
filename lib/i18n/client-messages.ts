import "server-only";
import type { Messages } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * Only the namespaces a part of the app's client components use are sent to the browser;
 * the rest of the catalogue stays on the server (the workspace's strings never reach public pages).
 */
export async function clientMessages(namespaces: (keyof Messages)[]) {
  const all = await getMessages();
  return Object.fromEntries(namespaces.filter((n) => n in all).map((n) => [n, all[n]]));
}
