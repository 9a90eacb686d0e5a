/*
 * Weerbaar: Camunda 7.24's Welcome application (login at /camunda/app/, the user's profile), replacing the webjar's
 * app/welcome/scripts/config.js, which sets nothing. Dutch for browsers whose first language is Dutch
 * (locales/nl.json), English for every other browser — as in Tasklist.
 */
export default {
  locales: {
    availableLocales: ['nl', 'en'],
    fallbackLocale: 'en'
  }
};
