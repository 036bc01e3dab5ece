import { useState } from 'react';
import type { Persona } from '../../kinds';

/** The customer whose shoes the learner walks in: always on screen beside the stage. */
export function PersonaPanel({ persona }: { persona: Persona }) {
  // Beside the stage on wide screens the details stay open; on a phone, above the stage, they
  // start folded so the stage is not pushed out of sight.
  const [wide] = useState(() => globalThis.matchMedia?.('(min-width: 64rem)').matches ?? true);
  const initials = persona.name
    .split(/\s+/)
    .map((w) => w[0])
    .slice(0, 2)
    .join('');
  return (
    // It scrolls on its own when taller than the screen, so the keyboard can reach it too.
    <aside className="persona" aria-labelledby="persona-name" tabIndex={0}>
      <div className="persona__head">
        <span className="persona__avatar" aria-hidden="true">
          {initials}
        </span>
        <div>
          <p className="persona__kicker">You are walking in the shoes of</p>
          <h2 id="persona-name" className="persona__name">
            {persona.name}
          </h2>
        </div>
      </div>
      <blockquote className="persona__quote">“{persona.quote}”</blockquote>
      <details className="persona__details" open={wide}>
        <summary>About {persona.name.split(' ')[0]}</summary>
        <p>{persona.situation}</p>
        <PersonaList title="Wants" items={persona.goals} />
        <PersonaList title="Needs" items={persona.needs} />
        <PersonaList title="Constraints" items={persona.constraints} />
        <PersonaList title="Pressures" items={persona.pressures} />
      </details>
    </aside>
  );
}

function PersonaList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="persona__list">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
