/** Signatories on one page of a letter's public list. */
export const SIGNATORIES_PAGE_SIZE = 100;

/**
 * Which page of a letter's signatory list `?page=` asks for: a whole number from 1 to the last
 * page; anything else is page 1, and a page past the end is the last. The letter page and the
 * page cache (which must know which page a request will show) read it the same way.
 */
export function listPage(raw: string | null | undefined, approvedCount: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(approvedCount / SIGNATORIES_PAGE_SIZE));
  const asked = /^\d{1,9}$/.test(raw ?? "") ? Number(raw) : 1;
  return { page: Math.min(pages, Math.max(1, asked)), pages };
}
