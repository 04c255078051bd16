// Reduces Markdown to the prose a reader sees, so that the extractor does not read markup as words. Line
// structure is kept (paragraphs stay paragraphs).

export function markdownToText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/^```[^\n]*\n([\s\S]*?)^```[ \t]*$/gm, "$1") // fenced code: keep the content
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images: alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links: their text
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/^[ \t]{0,3}\[[^\]]+\]:[ \t]+\S+.*$/gm, "") // link definitions
    .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1") // ATX headings
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, "") // horizontal rules
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "") // block quotes
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2") // strong
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, "$1$2") // emphasis with *
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2") // emphasis with _
    .replace(/`([^`\n]+)`/g, "$1") // inline code
    .replace(/<\/?[a-zA-Z][^>]*>/g, ""); // inline HTML tags
}
