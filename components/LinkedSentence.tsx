/**
 * A translated sentence whose [bracketed words] are a link: translators place
 * the link where their grammar wants it, and its words stay theirs.
 */
export function LinkedSentence({ sentence, href }: { sentence: string; href: string }) {
  const [before, link, after] = sentence.split(/\[([^\]]*)\]/);
  if (link === undefined) return <>{sentence}</>;
  return (
    <>
      {before}
      <a href={href}>{link}</a>
      {after}
    </>
  );
}
