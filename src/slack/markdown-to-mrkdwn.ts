/**
 * Converts the Markdown a language model writes into Slack's mrkdwn: `**bold**` → `*bold*`,
 * headings → bold lines, `[label](url)` → `<url|label>`, `- item` → `• item`, `~~x~~` → `~x~`.
 * `&`, `<` and `>` are escaped as Slack requires, so text such as "ROI < 0" cannot turn into a link
 * or a mention. Code spans and fenced blocks are escaped but otherwise left alone.
 */
export function markdownToMrkdwn(markdown: string): string {
  // Odd parts are code (fenced blocks, then inline spans); only even parts are converted.
  return markdown
    .split(/(```[\s\S]*?```)/)
    .map((block, blockIndex) =>
      blockIndex % 2 === 1
        ? escapeEntities(block)
        : block
            .split(/(`[^`\n]+`)/)
            .map((span, spanIndex) => (spanIndex % 2 === 1 ? escapeEntities(span) : convertProse(span)))
            .join(''),
    )
    .join('');
}

function escapeEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function convertProse(text: string): string {
  // Links are taken out before escaping (their URLs must keep their own characters, escaped once).
  const links: string[] = [];
  const withoutLinks = text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_match, label: string, url: string) => {
    links.push(`<${escapeEntities(url)}|${escapeEntities(label).replace(/\|/g, '¦')}>`);
    return `\u0000${links.length - 1}\u0000`;
  });
  return (
    escapeEntities(withoutLinks)
      .split('\n')
      .map((line) => {
        const heading = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
        if (heading) return `*${stripBold(heading[1]!)}*`;
        return line
          .replace(/^(\s*)[-*+]\s+/, '$1• ')
          .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '*$1*')
          .replace(/__(?=\S)(.+?)(?<=\S)__/g, '*$1*')
          .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '~$1~');
      })
      .join('\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks a link placeholder no user text can contain.
      .replace(/\u0000(\d+)\u0000/g, (_match, index: string) => links[Number(index)] ?? '')
  );
}

function stripBold(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1');
}
