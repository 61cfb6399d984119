/** Team sharing (headless). */
package org.hyoka.team;
