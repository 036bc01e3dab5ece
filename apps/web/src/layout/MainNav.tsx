import { NavLink } from 'react-router';
import { navSectionsFor } from './navigation';

/** Navigation by role: only the places the person's permissions open. */
export function MainNav({ permissions }: { permissions: readonly string[] }) {
  const sections = navSectionsFor(permissions);
  return (
    <nav className="main-nav" aria-label="Main">
      <ul className="main-nav__list">
        <li>
          <NavLink to="/" end className="main-nav__link">
            Home
          </NavLink>
        </li>
      </ul>
      {sections.map((section) => (
        <div key={section.id} className="main-nav__section">
          <span className="main-nav__heading" id={`nav-${section.id}`}>
            {section.label}
          </span>
          <ul className="main-nav__list" aria-labelledby={`nav-${section.id}`}>
            {section.items.map((item) => (
              <li key={item.path}>
                <NavLink to={item.path} className="main-nav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
