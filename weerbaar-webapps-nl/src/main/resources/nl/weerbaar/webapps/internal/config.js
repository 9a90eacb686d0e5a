/*
 * weerbaar-webapps-nl: this webapp's own scripts/config.js (Camunda's, or the application's if it has one), with
 * Dutch added to its locales. A browser whose first language is Dutch sees the webapp in Dutch (locales/nl.json),
 * every other browser sees the configured fallback: English, unless the application's config.js names another.
 */
import config from './config.js?@BUST@';

// The descriptions of Tasklist's default keyboard shortcuts (its config.js), which Tasklist shows as they are.
const DUTCH_SHORTCUTS = {
  'claims the currently selected task': 'claimt de geselecteerde taak',
  'set the focus to the first filter in the list': 'zet de focus op het eerste filter in de lijst',
  'sets the focus to the first task in the list': 'zet de focus op de eerste taak in de lijst',
  'sets the focus to the first input field in a task form': 'zet de focus op het eerste invoerveld van het taakformulier',
  'opens the start process modal dialog': 'opent het venster om een proces te starten'
};

const locales = config.locales || {};
const availableLocales = (locales.availableLocales || ['en']).slice();
if (!availableLocales.includes('nl')) {
  availableLocales.push('nl');
}
const fallbackLocale = locales.fallbackLocale || 'en';

// The webapps choose the browser's first language, without region, when it is available, else the fallback.
const browser = window.navigator;
const first = (Array.isArray(browser.languages) && browser.languages[0]) || browser.language || '';
const chosen = availableLocales.includes(first.split('-')[0].toLowerCase())
  ? first.split('-')[0].toLowerCase() : fallbackLocale;

function inDutch(shortcuts) {
  const translated = {};
  Object.keys(shortcuts).forEach(name => {
    const shortcut = shortcuts[name];
    translated[name] = Object.assign({}, shortcut,
      DUTCH_SHORTCUTS[shortcut.description] ? {description: DUTCH_SHORTCUTS[shortcut.description]} : {});
  });
  return translated;
}

export default Object.assign({}, config, {
  locales: Object.assign({}, locales, {availableLocales, fallbackLocale})
}, chosen === 'nl' && config.shortcuts ? {shortcuts: inDutch(config.shortcuts)} : {});
