// Reduces Markdown to the prose a reader sees, so that the extractor does not read markup as words. Parsed as
// CommonMark (mdast-util-from-markdown): a "<" that does not open an HTML tag stays text, and only real tags go.
// Blocks become paragraphs separated by a blank line; lines inside a paragraph stay lines.
import type { Nodes, Parents } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { htmlToText } from "./htmlToText.js";

function inline(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "html":
      // An inline tag ("<b>", "</span>"): the text around it stays, the tag goes.
      return "";
    default:
      return "children" in node ? (node as Parents).children.map(inline).join("") : "";
  }
}

function blocks(nodes: readonly Nodes[], separator: string): string {
  return nodes
    .map(block)
    .filter((text) => text.trim() !== "")
    .join(separator);
}

function block(node: Nodes): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
    case "tableCell":
      return inline(node);
    case "code":
      return node.value;
    case "html":
      return htmlToText(node.value).text;
    case "thematicBreak":
    case "definition":
    case "footnoteDefinition":
    case "yaml":
      return "";
    case "list":
      return blocks(node.children, "\n");
    case "listItem":
      return blocks(node.children, "\n");
    case "root":
    case "blockquote":
      return blocks(node.children, "\n\n");
    default:
      return "children" in node ? blocks((node as Parents).children, "\n") : inline(node);
  }
}

export function markdownToText(markdown: string): string {
  return block(fromMarkdown(markdown));
}
