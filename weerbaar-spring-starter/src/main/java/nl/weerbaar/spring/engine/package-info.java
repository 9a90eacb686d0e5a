/** What keeps an installation whole when it moves from one engine to the other on the same database. */
package nl.weerbaar.spring.engine;
