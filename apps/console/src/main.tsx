import { render } from 'preact';
import { App } from './shell/app.js';
import { LocaleProvider } from './shell/i18n.js';
import './styles/console.css';

render(
  <LocaleProvider>
    <App />
  </LocaleProvider>,
  document.getElementById('app') as HTMLElement,
);
