import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { translate, useLocale, useT } from './i18n.js';
import { LanguageSwitch } from './language-switch.js';
import { shellMessages } from './messages.js';
import type { PageEntry } from './page.js';
import { href } from './router.js';
import type { Session } from './session.js';

interface LayoutProps {
  session: Session;
  /** The menu: the registry's entries with a label that the API lets this user open. */
  menu: readonly PageEntry[];
  currentPath: string;
  onSignOut(): void;
  children: ComponentChildren;
}

/** Header, collapsible menu (a toggle below 900 px), and the page. */
export function Layout({ session, menu, currentPath, onSignOut, children }: LayoutProps) {
  const t = useT(shellMessages);
  const { locale } = useLocale();
  const [menuOpen, setMenuOpen] = useState(false);
  return (
    <div class={`layout${menuOpen ? ' menu-open' : ''}`}>
      <header class="topbar">
        <button type="button" class="menu-toggle" aria-expanded={menuOpen} aria-controls="nav" onClick={() => setMenuOpen(!menuOpen)}>
          ☰ <span class="visually-hidden">{t('menu')}</span>
        </button>
        <a class="brand" href="#/">
          {t('brand')}
        </a>
        <span class="spacer" />
        <span class="who" data-testid="signed-in-as">
          {t('signedInAs', { username: session.username, role: session.role })}
        </span>
        <LanguageSwitch />
        <button type="button" class="sign-out" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </header>
      <nav id="nav" class="nav" aria-label={t('menu')}>
        <ul>
          {menu.map((entry, index) => {
            const active = currentPath === entry.path || currentPath.startsWith(`${entry.path}/`);
            const section = entry.section && translate(entry.messages, locale, entry.section);
            const previous = menu[index - 1];
            const heading = section && (!previous?.section || translate(previous.messages, locale, previous.section) !== section);
            return (
              <Fragment key={entry.path}>
                {heading && <li class="nav-section">{section}</li>}
                <li class={section ? 'in-section' : undefined}>
                  <a href={href(entry.path)} aria-current={active ? 'page' : undefined} onClick={() => setMenuOpen(false)}>
                    {translate(entry.messages, locale, entry.navKey ?? '')}
                  </a>
                </li>
              </Fragment>
            );
          })}
        </ul>
      </nav>
      <main class="content">{children}</main>
    </div>
  );
}
