/** A feature's messages: Indonesian first; English must have exactly the same keys (the compiler checks). */
export function defineMessages<const Indonesian extends Record<string, string>>(messages: {
  id: Indonesian;
  en: { [Key in keyof Indonesian]: string };
}) {
  return messages;
}
