import { createNavigation } from "next-intl/navigation";
import { routing } from "@/lib/i18n/routing";

/** Link, redirect and friends that keep the page's language in every address. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
