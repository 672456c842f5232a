// The words of the portal's conversations (the list, the new-conversation form, a
// conversation's page with its thread), in English: the source every other language's
// portal/conversations.ts translates key for key (src/shared/i18n/catalog.ts). `{{name}}` is a
// value filled in on the page; a key with `_one`/`_other` forms is read with a `count`.
const conversations = {
  /** A thread's messages the contact has not read: a badge beside it in the list. */
  unread_one: "{{count}} new",
  unread_other: "{{count}} new",
  list: {
    heading: "Conversations of {{company}}",
    intro: "Questions and answers with {{merchant}} that are not about one quote.",
    loading: "Loading conversations…",
    empty: "No conversations yet.",
    empty_start: "No conversations yet. Write to us with New conversation.",
    no_unread: "No unread conversations.",
    all: "All conversations",
    unread: "Unread",
    new_conversation: "New conversation",
    last_activity: "Last activity {{date}}",
    messages_one: "{{count}} message",
    messages_other: "{{count}} messages",
  },
  form: {
    title: "New conversation",
    intro: "Write to {{merchant}} about anything; we answer on the conversation's page.",
    subject: "Subject",
    message: "Message",
    message_hint: "Up to {{max}} characters.",
    submit: "Start conversation",
    submitting: "Sending…",
    cancel: "Back to the conversations",
    missing_subject: "Enter a subject.",
    subject_too_long: "The subject is longer than {{max}} characters.",
    missing_message: "Write your message.",
    message_too_long: "The message is longer than {{max}} characters.",
    denied:
      "Your teams at {{company}} do not allow you to write in conversations. Ask your company's portal administrator.",
    off: "In this portal {{merchant}} starts the conversations; you can reply to theirs.",
  },
  conversation: {
    title: "Conversation",
    loading: "Loading the conversation…",
    not_found: "This conversation was not found",
    back: "Back to the conversations",
    started: "Started",
    participants: "Participants",
    at: "At {{name}}",
    nobody: "Nobody yet",
    unnamed: "Unknown",
    read_only: "You can read this conversation; your teams do not allow you to write in it.",
  },
  thread: {
    title: "Messages",
    label: "Messages about {{subject}}",
    none: "No messages yet.",
    staff: "Staff",
    contact: "Your company",
    reply: "Your reply",
    send: "Send reply",
    sending: "Sending…",
    missing_reply: "Write a reply first.",
    reply_too_long: "The reply is longer than {{max}} characters.",
    sent: "Your reply was sent.",
  },
}

export default conversations
