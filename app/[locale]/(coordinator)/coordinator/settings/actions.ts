"use server";

import { redirectTo } from "@/lib/i18n/localized";
import { userAction } from "@/lib/actions/safe-action";
import { workspaceUrl } from "@/lib/actions/urls";
import { settingsSchema } from "@/lib/coordinators/schema";
import { saveSettings } from "@/lib/coordinators/settings";

const SETTINGS = "/coordinator/settings";

/** A coordinator's own settings: only ever their own (the session's user), so no id travels with the form. */
export async function saveSettingsAction(form: FormData): Promise<void> {
  const input = { digestEnabled: form.get("digestEnabled") ?? "off", locale: form.get("locale") };
  const result = await userAction(settingsSchema, input, (settings, { user }) => saveSettings(user, settings));
  return redirectTo(workspaceUrl(result, SETTINGS, { saved: 1 }));
}
