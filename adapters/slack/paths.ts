/**
 * The path Slack posts events, commands and interactions to (HTTP mode). In a file of its own so
 * the web server and the CLI can name it without loading bolt, which is loaded only when Slack is
 * configured.
 */
export const SLACK_EVENTS_PATH = '/slack/events';
