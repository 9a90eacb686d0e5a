/**
 * What the application's integration tests share: the one Spring context they run in, the database they run on
 * (H2, or PostgreSQL in the second run), HTTP calls as a demo user, and a headless Chromium.
 */
package nl.weerbaar.example.support;
