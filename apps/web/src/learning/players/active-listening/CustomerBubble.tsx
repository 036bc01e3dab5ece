import type { CustomerEntry } from '../../kinds';

/** What the customer says, with their emotion and the cues of voice and body, as a chat bubble. */
export function CustomerBubble({ entry, name }: { entry: CustomerEntry; name: string }) {
  return (
    <div className="bubble bubble--them">
      <p className="bubble__who">
        {name}
        <span className="bubble__emotion">, {entry.emotion}</span>
      </p>
      <p className="bubble__text">{entry.text}</p>
      <dl className="cues">
        <div>
          <dt>Voice</dt>
          <dd>{entry.voiceTone}</dd>
        </div>
        <div>
          <dt>Body</dt>
          <dd>{entry.bodyLanguage}</dd>
        </div>
      </dl>
    </div>
  );
}
