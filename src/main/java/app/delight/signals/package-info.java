/**
 * What the places the work happens tell about clients, as plain data and pure functions: which
 * calendar meetings are with which client's people, their occurrences, and which have taken place.
 * Reading the calendars themselves (ICS) is {@code signals.ics}'s.
 */
package app.delight.signals;
