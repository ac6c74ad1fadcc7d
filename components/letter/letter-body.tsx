import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * A letter's Markdown, rendered and sanitised: no raw HTML, no scripts, no javascript: links.
 * Headings start at h2 because the letter's title is the page's h1.
 */
export function LetterBody({ markdown }: { markdown: string }) {
  return (
    <div className="letter-body">
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
