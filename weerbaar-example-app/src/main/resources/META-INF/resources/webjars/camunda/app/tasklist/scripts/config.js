/*
 * Weerbaar: Camunda 7.24 Tasklist's configuration, replacing the webjar's app/tasklist/scripts/config.js (same path
 * on the classpath, ahead of the webjar). Tasklist in Dutch for browsers whose first language is Dutch
 * (locales/nl.json next to the webjar's en.json), English for every other browser.
 */

// Tasklist picks the locale the same way: the browser's first language, without region, else the fallback.
const browserLanguage = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
const dutch = browserLanguage.split('-')[0] === 'nl';

export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  },

  // Kept from the webjar's config.js. Tasklist shows these descriptions as they are, untranslated.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: dutch ? 'claimt de geselecteerde taak' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: dutch ? 'zet de focus op het eerste filter in de lijst'
        : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: dutch ? 'zet de focus op de eerste taak in de lijst' : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: dutch ? 'zet de focus op het eerste invoerveld van het taakformulier'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: dutch ? 'opent het venster om een proces te starten' : 'opens the start process modal dialog'
    }
  }
};
