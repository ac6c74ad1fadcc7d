import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";
import { directionOf, type Locale } from "@/lib/i18n/locales";

/**
 * A letter's Markdown, rendered and sanitised: no raw HTML, no scripts, no javascript: links.
 * Headings start at h2 because the letter's title is the page's h1. It carries the lang and
 * direction of its own language, which need not be the page's (an Arabic text on an English page).
 */
export function LetterBody({ markdown, lang }: { markdown: string; /** The text's own language, when known. */ lang?: Locale }) {
  return (
    <div className="letter-body" {...(lang ? { lang, dir: directionOf(lang) } : {})}>
      <ReactMarkdown
        rehypePlugins={[rehypeSanitize]}
        components={{
          h1: ({ children }) => <h2>{children}</h2>,
          h2: ({ children }) => <h3>{children}</h3>,
          a: ({ href, children }) => (
            <a href={href} rel="noopener noreferrer nofollow">
              {children}
            </a>
          ),
        }}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}
