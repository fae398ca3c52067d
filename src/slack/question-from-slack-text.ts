/**
 * Turns the text of a Slack message into the question Takumi answers: the bot's own mention is
 * removed, Slack's markup for links, channels and special mentions becomes plain text, and the three
 * HTML entities Slack escapes (&amp; &lt; &gt;) are decoded (after the markup, whose brackets are real).
 *
 * Other people's mentions stay as `@U0123ABCD`: they are ids, not names, and the privacy guard checks
 * every model request anyway.
 */
export function questionFromSlackText(text: string, botUserId: string | undefined): string {
  let question = text;
  if (botUserId) {
    question = question.replace(new RegExp(`<@${escapeRegExp(botUserId)}(\\|[^>]*)?>`, 'g'), ' ');
  } else {
    // Without the bot's id (auth.test not answered yet), an app_mention still starts with the mention.
    question = question.replace(/^\s*<@[UW][A-Z0-9]+(\|[^>]*)?>/, ' ');
  }
  question = question
    .replace(/<@([UW][A-Z0-9]+)(\|[^>]*)?>/g, '@$1')
    .replace(/<#[CGD][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#([CGD][A-Z0-9]+)>/g, '#$1')
    .replace(/<!(here|channel|everyone)(\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, (_match, url: string, label: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return question
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
