import { Link } from 'react-router';
import type { Role } from '#contracts';
import type { Me } from '../api/types';
import { useSessionUser } from '../auth/session';
import { navSectionsFor } from '../layout/navigation';
import { PageHeader } from '../ui/PageHeader';

const ROLE_NAMES: Record<Role, string> = {
  employee: 'a learner',
  coach: 'a coach',
  hr: 'an HR partner',
  admin: 'an administrator',
};

function listInWords(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function rolesSentence(me: Me): string {
  const names = me.roles.map((role) => ROLE_NAMES[role]);
  if (names.length === 0) return `You are signed in to ${me.organization.name}.`;
  return `You are ${listInWords(names)} at ${me.organization.name}.`;
}

function placeSentence(me: Me): string | null {
  if (me.team && me.department) return `Your team is ${me.team.name}, in ${me.department.name}.`;
  if (me.department) return `Your department is ${me.department.name}.`;
  if (me.team) return `Your team is ${me.team.name}.`;
  return null;
}

/** Home: greets the person and shows what their roles let them do. */
export function HomePage() {
  const me = useSessionUser();
  const sections = navSectionsFor(me.permissions);
  const firstName = me.name.trim().split(/\s+/)[0] || me.name;
  const place = placeSentence(me);

  return (
    <div className="stack stack--lg">
      <PageHeader title={`Welcome, ${firstName}`}>
        <p>
          {rolesSentence(me)}
          {place ? ` ${place}` : null}
        </p>
      </PageHeader>

      {sections.length === 0 ? (
        <section className="empty-state" aria-labelledby="nothing-yet">
          <h2 id="nothing-yet">Nothing to do here yet</h2>
          <p>
            Your account does not have a role that opens any part of Footsteps. Ask an administrator
            of {me.organization.name} to give you one.
          </p>
        </section>
      ) : (
        sections.map((section) => (
          <section key={section.id} className="stack" aria-labelledby={`home-${section.id}`}>
            <h2 id={`home-${section.id}`}>{section.label}</h2>
            <ul className="card-grid">
              {section.items.map((item) => (
                <li key={item.path} className="card card--link">
                  <h3>
                    <Link to={item.path}>{item.label}</Link>
                  </h3>
                  <p>{item.summary}</p>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
