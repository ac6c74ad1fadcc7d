import ReactMarkdown from "react-markdown";
import rehypeSanitize from "rehype-sanitize";

/**
 * A response's or a comment's Markdown, rendered as the letter's body is (components/letter/letter-body.tsx):
 * sanitised, no raw HTML, no scripts, no javascript: links. Its headings start at h4, under the
 * response's own h3. Its language is not recorded, so the browser sets its direction from the text.
 */
export function ResponseText({ markdown, className }: { markdown: string; className?: string }) {
  return (
    <div className={`letter-body ${className ?? ""}`} dir="auto">
      <ReactMarkdown
        rehypePlugins={[rehypeSanitize]}
        components={{
          h1: ({ children }) => <h4>{children}</h4>,
          h2: ({ children }) => <h5>{children}</h5>,
          h3: ({ children }) => <h6>{children}</h6>,
          h4: ({ children }) => <h6>{children}</h6>,
          h5: ({ children }) => <h6>{children}</h6>,
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
