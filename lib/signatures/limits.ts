/**
 * The longest answer each sign-form field takes. Part of the signature schema (schema.ts re-exports
 * it); a module of its own so the form can set maxLength without loading zod before a signer starts.
 */
export const LIMITS = { orgName: 200, contactName: 120, email: 254, website: 300, role: 120, comment: 1000 } as const;
