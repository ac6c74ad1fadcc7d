/**
 * The former home of these names, which live in lib/auth/queries.ts now. Re-exported only while
 * lib/auth/access.ts, lib/coordinators, lib/letters/mutations.ts and lib/signatures/moderation.ts
 * still import them from here; new code imports lib/auth/queries.ts.
 */
export { canAccessLetter, findActiveUser, type CurrentUser } from "@/lib/auth/queries";
